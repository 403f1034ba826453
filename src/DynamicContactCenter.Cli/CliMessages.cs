namespace DynamicContactCenter.Cli;

/// <summary>The message catalogue of the <c>dcc</c> command line itself (DCC46nn): errors no library reports with a code of its own.</summary>
internal static class CliMessages
{
    /// <summary>"error CODE: message" with the arguments formatted invariantly; the shape <see cref="Rendering.ErrorJsonWriter"/> reads back.</summary>
    public static string Format(string code, string format, params object[] args) =>
        "error " + code + ": " + string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);

    /// <summary>An error a command reported as plain <c>error: ...</c> text, with no code of its own (bad option value, missing file, a function's failure).</summary>
    public const string InputErrorCode = "DCC4600";

    /// <summary>The command line itself does not parse (unknown option, missing argument).</summary>
    public const string UsageErrorCode = "DCC4601";

    public const string FileSystemErrorCode = "DCC4602";
    public const string FileSystemError = "cannot read or write a file: {0}";

    public const string InternalErrorCode = "DCC4603";
    public const string InternalError = "internal error: {0}: {1}";
    public const string InternalErrorHint = "hint: this is a bug in dcc, not in your input; please report it with the command line that caused it.";

    public const string FunctionBinaryUnusableCode = "DCC4604";
    public const string FunctionBinaryUnusable = "function binary '{0}' cannot serve functions: {1} (--bootstrap expects the AOT bootstrap, e.g. from 'dcc package', or bootstrap.dll); no call was made.";

    public const string StoreUnreachableCode = "DCC4605";
    public const string StoreUnreachable = "the routing tables cannot be read: {0}; no call was made.";

    // Option values refused while the command line is parsed (Cli/Options): each names the option, the value and what is expected.
    public const string InvalidCallTimeCode = "DCC4610";
    public const string InvalidDialedNumberCode = "DCC4611";
    public const string InvalidAgentStatusCode = "DCC4612";
    public const string InvalidOptionValue = "{0} '{1}' is not valid: expected {2}.";
}
