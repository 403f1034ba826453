namespace DynamicContactCenter.Flows.Graph;

/// <summary>How a block is drawn: what kind of step it is for the reader.</summary>
public enum GraphNodeKind
{
    /// <summary>The flow's entry point (not an action).</summary>
    Start,
    /// <summary>An action that does something and goes on.</summary>
    Action,
    /// <summary>An action whose result conditions choose the branch (hours, staffing, compare, menu).</summary>
    Check,
    /// <summary>An action that calls a Lambda function.</summary>
    Lambda,
    /// <summary>An action that hands the contact on (to a flow, a queue, a module, a phone number).</summary>
    Transfer,
    /// <summary>An action that ends the call or the flow.</summary>
    Terminal,
    /// <summary>An action type the simulator does not know.</summary>
    Unknown,
}
