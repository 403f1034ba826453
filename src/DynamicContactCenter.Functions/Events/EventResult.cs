namespace DynamicContactCenter.Functions.Events;

/// <summary>A parsed event or the reason it could not be parsed (an expected failure, so a value).</summary>
/// <typeparam name="T">The event type.</typeparam>
internal readonly record struct EventResult<T>(T? Value, string? Code, string? Message)
    where T : class
{
    public bool Succeeded => Value is not null;

    public static EventResult<T> Success(T value) => new(value, null, null);

    public static EventResult<T> Failure(string code, string message) => new(null, code, message);
}
