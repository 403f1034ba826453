using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Functions.Hosting;

namespace DynamicContactCenter.Deploy.Tests.TestSupport;

/// <summary>Answers the flows' Lambda calls with the real handlers in this process, as <c>dcc lint</c> does.</summary>
internal sealed class HandlerInvoker(FunctionHost host) : ILambdaInvoker
{
    public async Task<LambdaInvocationResult> InvokeAsync(string functionArn, string eventJson, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        var outcome = await host.InvokeAsync(functionArn, eventJson, cancellationToken);
        return outcome.Succeeded
            ? LambdaInvocationResult.Success(outcome.ResponseJson!, TimeSpan.FromMilliseconds(1))
            : LambdaInvocationResult.Failure($"{outcome.ErrorType}: {outcome.ErrorMessage}", TimeSpan.FromMilliseconds(1));
    }
}
