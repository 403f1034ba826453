namespace DynamicContactCenter.Functions.Handlers;

/// <summary>An expected failure of one invocation: its error type and a message that starts with its DCC code.</summary>
/// <param name="ErrorType">One of <see cref="ErrorTypes"/>.</param>
/// <param name="Code">The DCC code.</param>
/// <param name="Message">The message, starting with the code.</param>
internal sealed record FunctionFailure(string ErrorType, string Code, string Message)
{
    public static FunctionFailure Create(string errorType, string code, string format, params object[] args) =>
        new(errorType, code, FunctionMessages.Format(code, format, args));
}
