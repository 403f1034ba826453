namespace DynamicContactCenter.Functions.PhoneNumbers;

/// <summary>A Connect call that did not succeed; <see cref="Exception.Message"/> is the coded, readable reason CloudFormation shows.</summary>
internal sealed class ConnectApiException : Exception
{
    public ConnectApiException(string message, int statusCode = 0, string? errorType = null)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorType = errorType;
    }

    public ConnectApiException()
    {
    }

    public ConnectApiException(string message)
        : base(message)
    {
    }

    public ConnectApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status Connect answered (0 when it did not answer).</summary>
    public int StatusCode { get; }

    /// <summary>Connect's error type, e.g. ResourceNotFoundException, ThrottlingException; null when none was given.</summary>
    public string? ErrorType { get; }

    /// <summary>The number (or the association) is not there: nothing to undo.</summary>
    public bool IsNotFound => StatusCode == 404 || ErrorType == "ResourceNotFoundException";
}
