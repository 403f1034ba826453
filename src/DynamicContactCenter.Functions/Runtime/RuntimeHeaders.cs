namespace DynamicContactCenter.Functions.Runtime;

/// <summary>The Lambda Runtime API's header names and paths (reference/connect-lambda-contract.md §5).</summary>
internal static class RuntimeHeaders
{
    public const string RequestId = "Lambda-Runtime-Aws-Request-Id";
    public const string Deadline = "Lambda-Runtime-Deadline-Ms";
    public const string FunctionArn = "Lambda-Runtime-Invoked-Function-Arn";
    public const string TraceId = "Lambda-Runtime-Trace-Id";
    public const string ErrorType = "Lambda-Runtime-Function-Error-Type";

    public const string ApiVersion = "2018-06-01";
}
