using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Functions.Handlers;

/// <summary>An expected failure of one invocation: its error type and a message that starts with its DCC code.</summary>
/// <param name="ErrorType">One of <see cref="ErrorTypes"/>.</param>
/// <param name="Code">The DCC code.</param>
/// <param name="Message">The message, starting with the code.</param>
internal sealed record FunctionFailure(string ErrorType, string Code, string Message)
{
    /// <summary>A failure of <paramref name="errorType"/> whose message is <paramref name="descriptor"/>'s, coded.</summary>
    public static FunctionFailure Create(string errorType, DiagnosticDescriptor descriptor, params object?[] args) =>
        new(errorType, descriptor.Code, descriptor.CodedMessage(args));
}
