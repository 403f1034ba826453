namespace DynamicContactCenter.Flows.Graph;

/// <summary>Why an edge exists.</summary>
public enum GraphEdgeKind
{
    /// <summary>Success (NextAction), or the entry into StartAction.</summary>
    Next,
    /// <summary>A condition on the action's result.</summary>
    Condition,
    /// <summary>An error branch (an Errors entry).</summary>
    Error,
    /// <summary>Control passed to another flow or module.</summary>
    Transfer,
}
