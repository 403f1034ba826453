using System.Collections.Immutable;
using System.Text.Json;
using DynamicContactCenter.Cli.Packaging;
using DynamicContactCenter.Flows.Catalog;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Routing.Validation;

namespace DynamicContactCenter.Deploy.Tests.Packaging;

/// <summary>The packager, the flow binder (through a real call), the linter and routing validation see the same <c>${Name}</c>
/// placeholders in the same text: one grammar (issue #11 item 2). Other tools' placeholders are nobody's.</summary>
public sealed class PlaceholderAgreementTests : IDisposable
{
    private const string InstanceArn = "arn:aws:connect:us-east-1:123456789012:instance/agreement";

    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-placeholders-").FullName;

    /// <summary>Text → our placeholder names in it (none of which the test instance can resolve) → whether it is exactly one.</summary>
    public static TheoryData<string, string[], bool> Inputs => new()
    {
        { "${Organisation}", ["Organisation"], true },
        { "${GetLambdasArn}", ["GetLambdasArn"], true },
        { "${AWS::AccountId}", ["AWS::AccountId"], true },
        { "${Queue.Arn}", ["Queue.Arn"], true },
        { "Hello ${First} and ${Second_2}, ${First} again", ["First", "Second_2"], false },
        { "${Trailing}\n", ["Trailing"], false },
        { "${a b}", [], false },
        { "${}", [], false },
        { "${Dash-Name}", [], false },
        { "${a{b}}", [], false },
        { "${Outer${Inner}}", [], false },
        { "${var.x[\"y\"]}", [], false },
        { "{{handlebars}}", [], false },
        { "${!Literal}", [], false },
        { "${Unclosed and then some", [], false },
        { "no placeholder at all", [], false },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task PackagerBinderLinterAndValidation_SameText_AgreeOnPlaceholders(string text, string[] names, bool wholeIsOne)
    {
        // Arrange
        var instance = InstanceModelLoader.Load($"instance:\n  arn: {InstanceArn}\n").Value!;
        var flow = Flow(text);
        var path = Path.Combine(_folder, "Main.json");
        await File.WriteAllTextAsync(path, flow);

        // Act
        var packaged = FlowPlaceholders.Find(text);
        var validated = RoutingRules.IsPlaceholder(text);
        var report = await FlowLinter.LintAsync(new LintRequest([LintedFlow.FromText(flow, "Main", file: path)], instance), CancellationToken.None);
        var linted = report.Findings.Where(f => f.Rule == LintRules.UnknownPlaceholder).Select(f => f.Message).ToList();
        var call = await new FlowInterpreter(instance, new FlowCatalog(instance), new NoFunctions())
            .RunAsync(new CallRequest("+14443330000", "+15555550100", DateTimeOffset.UnixEpoch) { StartFlow = path, Strict = true }, CancellationToken.None);

        // Assert
        packaged.ShouldBe(names.ToImmutableArray());
        validated.ShouldBe(wholeIsOne);
        linted.Count.ShouldBe(names.Length, string.Join(" | ", linted));
        for (var i = 0; i < names.Length; i++) linted[i].ShouldContain("${" + names[i] + "}");
        if (names.Length == 0)
        {
            call.Prompts.ShouldHaveSingleItem().Text.ShouldBe(text);
        }
        else
        {
            var unresolved = call.Diagnostics.ShouldHaveSingleItem();
            unresolved.Code.ShouldBe(FlowMessages.UnresolvedPlaceholder.Code);
            unresolved.Message.ShouldContain("${" + names[0] + "}");
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Flow(string text) =>
        "{\"Version\":\"2019-10-30\",\"StartAction\":\"Say\",\"Metadata\":{\"entryPointPosition\":{\"x\":0,\"y\":0}},\"Actions\":["
        + "{\"Identifier\":\"Say\",\"Type\":\"MessageParticipant\",\"Parameters\":{\"Text\":" + JsonSerializer.Serialize(text)
        + "},\"Transitions\":{\"NextAction\":\"Hang up\",\"Conditions\":[],\"Errors\":[]}},"
        + "{\"Identifier\":\"Hang up\",\"Type\":\"DisconnectParticipant\",\"Parameters\":{},\"Transitions\":{}}]}";

    private sealed class NoFunctions : ILambdaInvoker
    {
        public Task<LambdaInvocationResult> InvokeAsync(string functionArn, string eventJson, TimeSpan timeLimit, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The agreement flow calls no function.");
    }
}
