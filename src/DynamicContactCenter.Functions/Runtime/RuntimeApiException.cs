namespace DynamicContactCenter.Functions.Runtime;

/// <summary>The Runtime API answered with an unexpected status; a 500 means the container is broken and the runtime must exit.</summary>
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
}
