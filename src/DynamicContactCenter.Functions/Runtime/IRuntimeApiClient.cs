namespace DynamicContactCenter.Functions.Runtime;

/// <summary>The Lambda Runtime API, seen from the function: the seam between <see cref="RuntimeLoop"/> and HTTP.</summary>
internal interface IRuntimeApiClient
{
    /// <summary>Waits for the next event (<c>GET /runtime/invocation/next</c>).</summary>
    /// <exception cref="RuntimeApiException">The Runtime API answered with an error status or a response without a request id.</exception>
    Task<InvocationRequest> GetNextInvocationAsync(CancellationToken cancellationToken);

    /// <summary>Posts the handler's result (<c>POST /runtime/invocation/{id}/response</c>).</summary>
    /// <exception cref="RuntimeApiException">The Runtime API refused the response.</exception>
    Task SendResponseAsync(string requestId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken);

    /// <summary>Reports a failed invocation (<c>POST /runtime/invocation/{id}/error</c>).</summary>
    /// <exception cref="RuntimeApiException">The Runtime API refused the report.</exception>
    Task ReportInvocationErrorAsync(string requestId, LambdaError error, CancellationToken cancellationToken);

    /// <summary>Reports a failed initialisation (<c>POST /runtime/init/error</c>); the process exits afterwards.</summary>
    /// <exception cref="RuntimeApiException">The Runtime API refused the report.</exception>
    Task ReportInitializationErrorAsync(LambdaError error, CancellationToken cancellationToken);
}
