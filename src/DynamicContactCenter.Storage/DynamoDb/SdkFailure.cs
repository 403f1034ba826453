using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace DynamicContactCenter.Storage.DynamoDb;

/// <summary>Which exceptions from the SDK are infrastructure failures to translate, and how to describe them to a person.</summary>
internal static class SdkFailure
{
    /// <summary>
    /// Whether <paramref name="exception"/> is a failure of the store: an AWS error, a client-side SDK error, a refused or
    /// broken connection, or an attempt timeout (the SDK reports its own timeout as a cancellation the caller did not ask for).
    /// </summary>
    public static bool IsStoreFailure(Exception exception, CancellationToken callerToken) => exception switch
    {
        OperationCanceledException => !callerToken.IsCancellationRequested,
        AmazonServiceException or AmazonClientException or HttpRequestException or IOException or TimeoutException => true,
        _ => false,
    };

    /// <summary>A short reason naming the cause a person can act on.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        ResourceNotFoundException => "the table does not exist (" + exception.Message + ")",
        AmazonServiceException service => $"{service.ErrorCode ?? service.GetType().Name} ({(int)service.StatusCode}): {service.Message}",
        OperationCanceledException => "the request timed out",
        HttpRequestException http => "cannot reach the DynamoDB endpoint: " + http.Message,
        _ => exception.Message,
    };
}
