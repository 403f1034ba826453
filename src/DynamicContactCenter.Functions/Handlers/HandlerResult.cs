namespace DynamicContactCenter.Functions.Handlers;

/// <summary>What a Connect handler computed (before the session fold), or why it could not.</summary>
/// <param name="Attributes">The function's own result keys; null on failure.</param>
/// <param name="Failure">The expected failure; null on success.</param>
internal readonly record struct HandlerResult(IReadOnlyList<KeyValuePair<string, string>>? Attributes, FunctionFailure? Failure)
{
    public static HandlerResult Success(IReadOnlyList<KeyValuePair<string, string>> attributes) => new(attributes, null);

    public static implicit operator HandlerResult(FunctionFailure failure) => new(null, failure);
}
