namespace DynamicContactCenter.Functions.Handlers;

/// <summary>One Connect function's own logic: event in, flat result out. The session fold and size limit are applied around it.</summary>
internal interface IConnectHandler
{
    /// <summary>Computes this function's result keys.</summary>
    /// <exception cref="DynamicContactCenter.Routing.RoutingStoreException">The store could not be read.</exception>
    ValueTask<HandlerResult> HandleAsync(ConnectRequest request, CancellationToken cancellationToken);
}
