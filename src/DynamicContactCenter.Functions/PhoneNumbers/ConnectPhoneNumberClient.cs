using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Amazon.Runtime.Signing;

namespace DynamicContactCenter.Functions.PhoneNumbers;

/// <summary>
/// The Connect REST calls AssociatePhoneNumbers makes (three here; reading and recording a number's earlier flow in the
/// PreviousFlow part) (shapes in <see cref="ConnectJsonContext"/>), signed with
/// AWSSDK.Core's SigV4 signer as <c>CloudFormationStackClient</c> signs DescribeStacks.
/// </summary>
/// <remarks>
/// Hand-written because the package registry this project builds from does not serve AWSSDK.Connect, and seven calls are small.
/// Throttling (429) and server errors (5xx) are retried with doubling waits on the injected clock; every other failure is a
/// <see cref="ConnectApiException"/> whose message names the call, the number and what Connect said.
/// </remarks>
internal sealed partial class ConnectPhoneNumberClient
{
    /// <summary>The signing name of the service (the third part of the credential scope).</summary>
    public const string ServiceName = "connect";

    /// <summary>Page size of ListPhoneNumbersV2 (the API allows 1 to 1,000).</summary>
    public const int PageSize = 100;

    private const string JsonContentType = "application/json";

    private static readonly Lazy<HttpClient> SharedClient = new(() => new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }));

    private readonly ConnectClientOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly RegionEndpoint _region;

    public ConnectPhoneNumberClient(ConnectClientOptions options, string region, TimeProvider timeProvider)
    {
        _options = options;
        _timeProvider = timeProvider;
        _region = RegionEndpoint.GetBySystemName(region);
        Endpoint = options.Endpoint ?? new Uri($"https://{ServiceName}.{region}.{_region.PartitionDnsSuffix}/");
    }

    /// <summary>Where requests go.</summary>
    public Uri Endpoint { get; }

    /// <summary>Every number claimed to <paramref name="instanceArn"/>, all pages.</summary>
    public async Task<IReadOnlyList<PhoneNumberSummary>> ListPhoneNumbersAsync(string instanceArn, CancellationToken cancellationToken)
    {
        var numbers = new List<PhoneNumberSummary>();
        string? nextToken = null;
        do
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(new ListPhoneNumbersV2Request(instanceArn, PageSize, nextToken), ConnectJsonContext.Default.ListPhoneNumbersV2Request);
            var answer = await SendAsync(HttpMethod.Post, "phone-number/list", body, "ListPhoneNumbersV2", $"instance {instanceArn}", cancellationToken);
            var page = Read(answer, ConnectJsonContext.Default.ListPhoneNumbersV2Response, "ListPhoneNumbersV2");
            numbers.AddRange(page.ListPhoneNumbersSummaryList ?? []);
            nextToken = page.NextToken is { Length: > 0 } token ? token : null;
        }
        while (nextToken is not null);

        return numbers;
    }

    /// <summary>Points <paramref name="number"/> at the flow <paramref name="contactFlowId"/>.</summary>
    public async Task AssociateAsync(PhoneNumberSummary number, string instanceId, string contactFlowId, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new AssociatePhoneNumberContactFlowRequest(contactFlowId, instanceId), ConnectJsonContext.Default.AssociatePhoneNumberContactFlowRequest);
        await SendAsync(HttpMethod.Put, $"phone-number/{Uri.EscapeDataString(number.PhoneNumberId!)}/contact-flow", body,
            "AssociatePhoneNumberContactFlow", number.PhoneNumber!, cancellationToken);
    }

    /// <summary>Removes the flow of <paramref name="number"/> (the number then plays Connect's default for a number without a flow).</summary>
    public async Task DisassociateAsync(PhoneNumberSummary number, string instanceId, CancellationToken cancellationToken)
    {
        await SendAsync(HttpMethod.Delete, $"phone-number/{Uri.EscapeDataString(number.PhoneNumberId!)}/contact-flow?instanceId={Uri.EscapeDataString(instanceId)}",
            null, "DisassociatePhoneNumberContactFlow", number.PhoneNumber!, cancellationToken);
    }

    private async Task<byte[]> SendAsync(HttpMethod method, string relative, byte[]? body, string operation, string subject, CancellationToken cancellationToken)
    {
        var uri = new Uri(Endpoint, relative);
        var delay = _options.FirstRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            var (status, errorType, text) = await SendOnceAsync(method, uri, body, operation, subject, cancellationToken);
            if (status is >= 200 and < 300)
            {
                return text;
            }

            var retryable = status == 429 || status >= 500 || errorType is "ThrottlingException" or "TooManyRequestsException";
            if (!retryable || attempt >= _options.MaxAttempts)
            {
                var tries = attempt > 1 ? string.Create(CultureInfo.InvariantCulture, $" (after {attempt} attempts)") : "";
                throw new ConnectApiException(
                    FunctionMessages.ConnectCallFailed.CodedMessage(operation, subject, status, errorType ?? ((HttpStatusCode)status).ToString(), Message(text) + tries),
                    status, errorType);
            }

            await Task.Delay(delay, _timeProvider, cancellationToken);
            delay *= 2;
        }
    }

    private async Task<(int Status, string? ErrorType, byte[] Body)> SendOnceAsync(HttpMethod method, Uri uri, byte[]? body, string operation, string subject, CancellationToken cancellationToken)
    {
        var signing = new AWSSigningRequest { HttpMethod = method, RequestUri = uri, Content = body ?? [] };
        if (body is not null)
        {
            signing.Headers["Content-Type"] = JsonContentType;
        }

        AWSSigningResult signed;
        try
        {
            signed = await AWSSigV4Signer.SignAsync(signing, new AWSSigV4Parameters
            {
                Credentials = _options.Credentials?.Invoke() ?? DefaultAWSCredentialsIdentityResolver.GetCredentials(),
                Region = _region,
                Service = ServiceName,
                SignPayload = true,
                SignedAt = _timeProvider.GetUtcNow().UtcDateTime,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonClientException exception)
        {
            throw new ConnectApiException(FunctionMessages.ConnectNoCredentials.CodedMessage(operation, exception.Message));
        }

        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", JsonContentType);
        }

        foreach (var (name, value) in signed.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        try
        {
            using var response = await (_options.HttpClient ?? SharedClient.Value).SendAsync(request, cancellationToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var errorType = response.Headers.TryGetValues("x-amzn-ErrorType", out var values) ? values.FirstOrDefault()?.Split(':')[0] : null;
            return ((int)response.StatusCode, errorType, text);
        }
        catch (HttpRequestException exception)
        {
            throw new ConnectApiException(FunctionMessages.ConnectUnreachable.CodedMessage(operation, subject, Endpoint, exception.Message));
        }
    }

    private static T Read<T>(byte[] body, JsonTypeInfo<T> type, string operation)
    {
        try
        {
            return JsonSerializer.Deserialize(body, type) ?? throw new JsonException("the answer is JSON null");
        }
        catch (JsonException exception)
        {
            throw new ConnectApiException(FunctionMessages.ConnectMalformedAnswer.CodedMessage(operation, exception.Message));
        }
    }

    // Connect's error body is {"message": "..."}; anything else is shown as text, cut short (it may be an HTML error page).
    private static string Message(byte[] body)
    {
        try
        {
            var error = JsonSerializer.Deserialize(body, ConnectJsonContext.Default.ConnectErrorBody);
            if ((error?.Message ?? error?.CapitalMessage) is { Length: > 0 } message)
            {
                return LoggedText.Cap(message);
            }
        }
        catch (JsonException)
        {
            // Not JSON: shown as text below.
        }

        var text = Encoding.UTF8.GetString(body).Trim();
        return text.Length == 0 ? "(no message)" : LoggedText.Cap(text);
    }
}
