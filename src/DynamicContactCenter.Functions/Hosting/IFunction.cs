namespace DynamicContactCenter.Functions.Hosting;

/// <summary>One function end to end: raw event bytes in, response bytes or an expected failure out.</summary>
internal interface IFunction
{
    /// <summary>Runs the function on one event.</summary>
    Task<FunctionResult> InvokeAsync(ReadOnlyMemory<byte> eventJson, FunctionCall call, CancellationToken cancellationToken);
}
