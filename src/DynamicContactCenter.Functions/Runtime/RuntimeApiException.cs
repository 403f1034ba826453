namespace DynamicContactCenter.Functions.Runtime;

/// <summary>
/// A Runtime API call failed: an unexpected status (a 500 means the container is broken and the runtime must exit), a
/// malformed answer, or no answer at all (status 0: refused or closed connection).
/// </summary>
public sealed class RuntimeApiException : Exception
{
    /// <summary>Creates the exception for an HTTP status.</summary>
    public RuntimeApiException(string message, int statusCode) : base(message) => StatusCode = statusCode;

    /// <summary>Creates the exception.</summary>
    public RuntimeApiException() { }

    /// <summary>Creates the exception with a message.</summary>
    public RuntimeApiException(string message) : base(message) { }

    /// <summary>Creates the exception wrapping a cause.</summary>
    public RuntimeApiException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>The HTTP status the Runtime API answered with; 0 when there was no answer.</summary>
    public int StatusCode { get; }

    /// <summary>Whether retrying may help: no answer at all, or a status that says "later" (429, 502, 503, 504).</summary>
    public bool IsTransient => StatusCode is 0 or 429 or 502 or 503 or 504;
}
