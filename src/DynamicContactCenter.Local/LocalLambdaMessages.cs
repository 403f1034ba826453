namespace DynamicContactCenter.Local;

/// <summary>The LocalLambda message catalogue (DCC45nn).</summary>
internal static class LocalLambdaMessages
{
    public const string TimedOutCode = "DCC4501";
    public const string TimedOut = "The function did not answer within {0:N0} ms.";
    public const string ProcessExitedCode = "DCC4502";
    public const string ProcessExited = "The function process exited with code {0} before answering. {1}";
    public const string InitErrorCode = "DCC4503";
    public const string InitError = "The function failed to initialise ({0}): {1}";
    public const string UnknownFunctionCode = "DCC4504";
    public const string UnknownFunction = "No local function serves '{0}'; expected an ARN or name ending in one of: {1}.";
    public const string StoppedCode = "DCC4505";
    public const string Stopped = "The local Runtime API stopped before the function answered.";

    public static string Format(string code, string format, params object[] args) =>
        code + ": " + string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);
}
