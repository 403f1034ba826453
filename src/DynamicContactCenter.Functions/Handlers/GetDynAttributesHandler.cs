using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Functions.Handlers;

/// <summary>GetDynAttributes: the dialed number (<c>ContactData.SystemEndpoint.Address</c>) → its <c>name</c>, <c>queue</c>,
/// <c>language</c>; the <c>default</c> row serves numbers with no row of their own.</summary>
internal sealed class GetDynAttributesHandler(IRoutingStore store) : IConnectHandler
{
    public async ValueTask<HandlerResult> HandleAsync(ConnectRequest request, CancellationToken cancellationToken)
    {
        if (request.Event.SystemEndpointAddress is not { Length: > 0 } number)
        {
            return FunctionFailure.Create(ErrorTypes.InvalidEvent, FunctionMessages.EventMissingField,
                "Details.ContactData.SystemEndpoint.Address");
        }

        if (RoutingKeyLimit.Check("dialed number (Details.ContactData.SystemEndpoint.Address)", number) is { } tooLong)
        {
            return tooLong;
        }

        var row = await store.GetDialedNumberAsync(number, cancellationToken)
            ?? await store.GetDialedNumberAsync(DialedNumber.DefaultKey, cancellationToken);
        if (row is null)
        {
            return FunctionFailure.Create(ErrorTypes.RoutingDataNotFound, FunctionMessages.UnknownNumber, number);
        }

        return HandlerResult.Success([new("name", row.Name), new("queue", row.Queue), new("language", row.Language)]);
    }
}
