namespace DynamicContactCenter.Flows.Expressions;

/// <summary>What a contact's flow data reads as: the value behind a <c>$.</c> reference (<c>$.External.x</c>, <c>$.Attributes.x</c>,
/// flow attributes, system values, stored input, metrics). The interpreter's contact (<c>Execution.CallContext</c>) is the one
/// implementation today, and every consumer of flow data reads through it: a call, the lint walk over its forks, and later
/// <c>dcc explore</c>. <see cref="FlowInterpolation"/> is the one interpolation over it, so a reference means the same everywhere.</summary>
internal interface IFlowValues
{
    /// <summary>The value at <paramref name="path"/>, or null when it has none.</summary>
    /// <param name="path">The reference.</param>
    string? Resolve(AttributePath path);
}
