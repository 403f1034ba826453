using DynamicContactCenter.Local;

namespace DynamicContactCenter.Benchmarks.Infrastructure;

/// <summary>A benchmark of a failing function measures nothing: every answer must be the expected row, folded.</summary>
internal static class ResponseCheck
{
    public static void Ensure(FunctionRuntime runtime, LocalInvocationResult result, LambdaProcess process)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"{runtime.Label}: the invocation failed: {result.ErrorType}: {result.ErrorMessage} (stderr: {process.StandardErrorTail()})");
        }

        if (!result.ResponseJson!.Contains(BenchEvents.ExpectedName, StringComparison.Ordinal)
            || !result.ResponseJson.Contains("sessionAttributes", StringComparison.Ordinal)
            || !result.ResponseJson.Contains("getPrompts", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{runtime.Label}: unexpected response (no '{BenchEvents.ExpectedName}' or no folded session): {result.ResponseJson}");
        }
    }
}
