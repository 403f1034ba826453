using System.Text.Json;
using DynamicContactCenter.Cli.Commands;
using DynamicContactCenter.Flows.Catalog;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Commands;

/// <summary><c>dcc invoke</c> sends a handler the event a call sends it (issue #11 item 2: one Connect-event writer).</summary>
public sealed class ConnectEventBuilderTests
{
    [Fact]
    public async Task Build_InvokeEvent_HasTheShapeOfTheEventACallSends()
    {
        // Arrange: the shipped flows' first Lambda call (GetLambdas), answered with an error so the call ends soon after.
        var instance = InstanceModelLoader.LoadFile(RepositoryPaths.Combine("config", "instance.yaml")).Value!;
        var functions = new RecordingFunctions();
        await new FlowInterpreter(instance, new FlowCatalog(instance), functions)
            .RunAsync(new CallRequest("+14443330000", CallRequest.DefaultCallerNumber, new DateTimeOffset(2026, 3, 10, 14, 0, 0, TimeSpan.Zero)), CancellationToken.None);
        functions.Events.ShouldNotBeEmpty();
        var sentByCall = functions.Events[0];

        // Act
        var sentByInvoke = ConnectEventBuilder.Build("+14443330000", "English", new Dictionary<string, string> { ["environment"] = "prod" });

        // Assert
        Paths(sentByInvoke).ShouldBe([.. Paths(sentByCall).Append("Details.ContactData.Attributes.Language").Order(StringComparer.Ordinal)]);
    }

    /// <summary>Every property path of the event, in order (so two events compare by shape, not by values).</summary>
    private static List<string> Paths(string json)
    {
        using var document = JsonDocument.Parse(json);
        var paths = new List<string>();
        void Walk(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Object) return;
            foreach (var property in element.EnumerateObject())
            {
                var child = path.Length == 0 ? property.Name : path + "." + property.Name;
                paths.Add(child);
                Walk(property.Value, child);
            }
        }

        Walk(document.RootElement, "");
        return paths.Order(StringComparer.Ordinal).ToList();
    }

    private sealed class RecordingFunctions : ILambdaInvoker
    {
        public List<string> Events { get; } = [];

        public Task<LambdaInvocationResult> InvokeAsync(string functionArn, string eventJson, TimeSpan timeLimit, CancellationToken cancellationToken)
        {
            Events.Add(eventJson);
            return Task.FromResult(LambdaInvocationResult.Failure("not needed", TimeSpan.Zero));
        }
    }
}
