namespace DynamicContactCenter.Flows.Execution;

/// <summary>Calls a Lambda function the way an InvokeLambdaFunction block does. The seam between the interpreter and the functions:
/// the CLI wires it to the in-process handlers or to the AOT bootstrap behind a local Runtime API; tests wire it to fakes.</summary>
public interface ILambdaInvoker
{
    /// <summary>Invokes <paramref name="functionArn"/> with the Connect event JSON and returns what came back.</summary>
    /// <param name="functionArn">The function ARN (or name) after placeholder resolution.</param>
    /// <param name="eventJson">The full <c>ContactFlowEvent</c> JSON.</param>
    /// <param name="timeLimit">The block's InvocationTimeLimitSeconds; the invoker reports <see cref="LambdaInvocationResult.TimedOut"/> past it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<LambdaInvocationResult> InvokeAsync(string functionArn, string eventJson, TimeSpan timeLimit, CancellationToken cancellationToken);
}
