using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution.Actions;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Tests.TestSupport;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

/// <summary>The registry of executors is the one list of action types: what the parser accepts is what a call can run.</summary>
public sealed class ActionRegistryTests
{
    public static TheoryData<string> SupportedTypes => [.. ActionExecutors.All.Select(e => e.Spec.Type).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SupportedTypes))]
    public async Task Call_ReachingEverySupportedType_NeverAnInternalError(string type)
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Act("A", type, "{}", "Hang up", errors: [Err("NoMatchingError", "Hang up")]), Disconnect());

        // Assert
        result.Diagnostics.ShouldNotContain(d => d.Code == FlowMessages.InternalError.Code, string.Join("; ", result.Diagnostics.Select(d => d.Message)));
    }

    [Fact]
    public void Specs_FlowReferences_AreTheParametersThatNameAFlowToEnter()
    {
        // Act: the one place DCC5017 learns which parameter of which type names a flow.
        var references = ActionExecutors.All.SelectMany(e => e.Spec.Parameters.Where(p => p.IsFlowReference).Select(p => $"{e.Spec.Type}.{p.Name}"));

        // Assert
        references.Order(StringComparer.Ordinal).ShouldBe(["InvokeFlowModule.FlowModuleId", "TransferToFlow.ContactFlowId"]);
    }
}
