using System.Collections.Immutable;
using DynamicContactCenter.Flows.Execution.Actions;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>The flow type of a flow nothing declares a type for (a bare export given without <c>--type</c>), read from its actions: the
/// types in which every action is allowed (each action's <see cref="ActionSpec.AllowedIn"/>). A flow an inbound flow could hold is
/// judged as one (the common case, and what Connect imports by default); a flow that fits exactly one other type is judged as that
/// type; otherwise the type is assumed and lint says so (DCC5028), so a whisper or queue flow is never judged as inbound in silence.</summary>
internal static class FlowTypeInference
{
    /// <summary>Every type lint knows, inbound first, in the order an assumption picks from.</summary>
    private static readonly ImmutableArray<string> Order =
        [.. FlowTypes.Inbound, .. FlowTypes.Queue, .. FlowTypes.Hold, .. FlowTypes.Whisper, .. FlowTypes.Transfer];

    /// <summary>The type to judge <paramref name="model"/> by, and the types its actions fit (empty when none fits them all).</summary>
    public static (string Type, ImmutableArray<string> Fitting) Infer(FlowModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var fitting = Order.Where(type => model.Actions.All(a => ActionExecutors.SpecFor(a.Type)?.AllowedIn is not { } allowed || allowed.Contains(type)))
            .ToImmutableArray();
        var type = fitting.Contains(FlowTypes.ContactFlow) || fitting.IsEmpty ? FlowTypes.ContactFlow : fitting[0];
        return (type, fitting);
    }

    /// <summary>True when <see cref="Infer"/>'s answer is certain: the flow fits an inbound flow, or exactly one type.</summary>
    public static bool IsUnambiguous(ImmutableArray<string> fitting) => fitting.Contains(FlowTypes.ContactFlow) || fitting.Length == 1;
}
