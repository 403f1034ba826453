namespace DynamicContactCenter.Functions.Runtime;

/// <summary>
/// The bootstrap's exit codes. Lambda restarts a runtime that exits and reports <c>Runtime.ExitError</c> with the code, so
/// each code names one cause an operator can act on; every non-zero exit is preceded by one line on stderr (never a stack
/// dump, never exit 134 from an unhandled exception).
/// </summary>
internal static class RuntimeExitCodes
{
    /// <summary>Stopped as asked (cancellation, or <c>DCC_RUN_ONCE</c> after its one event).</summary>
    public const int Stopped = 0;

    /// <summary>The Runtime API answered HTTP 500: Lambda says the container is broken and the runtime must exit.</summary>
    public const int ContainerError = 1;

    /// <summary>Initialisation failed (bad settings, unknown handler, unloadable routing file); reported to <c>/init/error</c>.</summary>
    public const int InitFailed = 2;

    /// <summary>The Runtime API could not be reached (refused or closed connections, 429/502/503/504) through every retry.</summary>
    public const int RuntimeApiUnreachable = 3;

    /// <summary>The Runtime API answered something this runtime cannot act on: an unexpected status on <c>/next</c>
    /// (e.g. 404, a wrong <c>AWS_LAMBDA_RUNTIME_API</c>) or an event without a request id.</summary>
    public const int RuntimeApiProtocolError = 4;

    /// <summary>A failure outside any one invocation that nothing else caught (a bug); the line names its type and message.</summary>
    public const int Unexpected = 5;
}
