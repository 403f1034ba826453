namespace DynamicContactCenter.Functions.Runtime;

/// <summary>How the loop retries a Runtime API call that failed transiently: a refused or closed connection, or 429/502/503/504.</summary>
/// <remarks>
/// The defaults wait 50, 100, 200, 400 and 800 ms between six attempts: about 1.5 s, enough to ride out the Runtime API
/// restarting a connection, short against Lambda's 10 s init phase, and bounded, so a gone API ends the process (exit
/// <see cref="RuntimeExitCodes.RuntimeApiUnreachable"/>) rather than spinning.
/// </remarks>
internal sealed record RuntimeRetryPolicy
{
    /// <summary>The attempts of one call, the first included.</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>The wait after the first failure; each later wait doubles it.</summary>
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The wait before attempt <paramref name="attempt"/> + 1 (attempt counts from 1).</summary>
    public TimeSpan DelayAfter(int attempt)
    {
        var delay = FirstDelay * Math.Pow(2, Math.Min(attempt - 1, 16));
        return delay < MaxDelay ? delay : MaxDelay;
    }
}
