using System.Collections.Immutable;
using DynamicContactCenter.Cli.Rendering;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Parsing;
using DynamicContactCenter.Flows.Transcript;
using DynamicContactCenter.Testing;
using Spectre.Console.Testing;

namespace DynamicContactCenter.Cli.Tests.Rendering;

/// <summary>Issue #14, "foreign flows read as UUIDs": in a transcript, where a check or an error branch goes in a designer export is
/// named by what that action does (the same labels as the graph's, <see cref="Flows.Model.ActionLabel"/>).</summary>
public sealed class TranscriptForeignFlowLabelTests
{
    // AWS's BankID sample (amazon-connect-snippets): Compare 6162763b… on $.External.status goes to MessageParticipant 319c4da8…
    // on "complete"; the Lambda 2367a288…'s error goes to MessageParticipant f225dcc9….
    private static readonly string BankIdFlow = RepositoryPaths.Combine("tests", "corpus", "amazon-connect-snippets", "projects", "BankIDAuth", "code", "deploy-contact-flow", "contact-flow.json");

    [Fact]
    public void Render_CallThroughADesignerExport_NamesBranchTargetsByWhatTheyDo()
    {
        // Arrange
        var model = FlowParser.ParseFile(BankIdFlow).Value!;
        var result = new CallResult(CallOutcome.Disconnected, null,
            [
                new ErrorBranchEvent(model.Name, "2367a288-95db-4535-ad4f-7d70be3636a9", "NoMatchingError", "NoMatchingError", null, "f225dcc9-d666-4ee4-9200-36ef87dd338f"),
                new CheckEvent(model.Name, "6162763b-e43c-455b-8330-196642f37027", "$.External.status", "complete", "Equals complete", "319c4da8-2d6d-4e4b-a18e-9277b13cd7f9"),
            ],
            [], ImmutableDictionary<string, string>.Empty, "Amy", "en-GB", 1)
        {
            Visits = [new ActionVisit(model, "2367a288-95db-4535-ad4f-7d70be3636a9", "InvokeLambdaFunction", "NoMatchingError", 0)],
        };
        var console = new TestConsole().Width(200);
        console.Profile.Capabilities.Ansi = false;

        // Act
        TranscriptRenderer.Render(console, new CallRequest("+14443330000", "+15550100", DateTimeOffset.UnixEpoch), result);

        // Assert
        console.Output.ShouldContain("NoMatchingError → 'says \"Sorry. We cannot take your call right…\"'");
        console.Output.ShouldContain("$.External.status = complete → Equals complete → 'says \"Hello, $.External.givenName. Please…\"'");
        console.Output.ShouldNotContain("319c4da8");
    }
}
