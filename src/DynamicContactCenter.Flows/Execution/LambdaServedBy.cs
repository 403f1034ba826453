namespace DynamicContactCenter.Flows.Execution;

/// <summary>Who answers a Lambda call in a simulated run.</summary>
public enum LambdaServedBy
{
    /// <summary>The <see cref="ILambdaInvoker"/>, called with the instance model's function name.</summary>
    Invoker,
    /// <summary>The instance model's canned <c>stub:</c> response.</summary>
    Stub,
    /// <summary>The instance model does not know the function: a stub that only a mock answers (else the error branch, DCC3370); under
    /// <see cref="CallRequest.Strict"/> the invoker gets the raw ARN (and usually fails).</summary>
    Unknown,
}
