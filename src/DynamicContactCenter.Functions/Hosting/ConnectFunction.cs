using DynamicContactCenter.Functions.Events;
using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.SessionAttributes;

namespace DynamicContactCenter.Functions.Hosting;

/// <summary>
/// The pipeline every Connect function shares: parse the event, decode the session (failing before any store read when it is
/// malformed), run the handler, fold parameters ∪ session ∪ result into the response and hold it to Connect's 32 KB.
/// </summary>
internal sealed class ConnectFunction(IConnectHandler handler) : IFunction
{
    public async Task<FunctionResult> InvokeAsync(ReadOnlyMemory<byte> eventJson, FunctionCall call, CancellationToken cancellationToken)
    {
        var parsed = ContactFlowEventParser.Parse(eventJson);
        if (!parsed.Succeeded)
        {
            return FunctionResult.Fail(new FunctionFailure(ErrorTypes.InvalidEvent, parsed.Code!, parsed.Code + ": " + parsed.Message), null);
        }

        var contactFlowEvent = parsed.Value!;
        var contactId = contactFlowEvent.ContactId;
        var inherited = SessionAttributeFold.Fold(contactFlowEvent.Parameters, []);
        if (!inherited.Succeeded)
        {
            return FunctionResult.Fail(SessionFailure(inherited), contactId);
        }

        HandlerResult result;
        try
        {
            var request = new ConnectRequest(contactFlowEvent, inherited.Attributes.ToDictionary(StringComparer.Ordinal));
            result = await handler.HandleAsync(request, cancellationToken);
        }
        catch (RoutingStoreException exception)
        {
            return FunctionResult.Fail(FunctionFailure.Create(ErrorTypes.StoreUnavailable, FunctionMessages.StoreFailed, exception.Message), contactId);
        }

        if (result.Failure is { } failure)
        {
            return FunctionResult.Fail(failure, contactId);
        }

        var response = SessionAttributeFold.Fold(contactFlowEvent.Parameters, result.Attributes!);
        return response.Succeeded
            ? FunctionResult.Success(response.ResponseJson!, contactId)
            : FunctionResult.Fail(SessionFailure(response), contactId);
    }

    private static FunctionFailure SessionFailure(SessionFoldResult fold)
    {
        var error = fold.Error!;
        var errorType = fold.ResponseBytes > 0 ? ErrorTypes.ResponseTooLarge : ErrorTypes.InvalidSessionAttributes;
        return new FunctionFailure(errorType, error.Code, $"{error.Code}: {error.Message}");
    }
}
