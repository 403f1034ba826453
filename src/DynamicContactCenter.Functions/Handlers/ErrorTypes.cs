namespace DynamicContactCenter.Functions.Handlers;

/// <summary>The <c>errorType</c> values the functions report (AWS suggests <c>Category.Reason</c>); flows and logs can match on them.</summary>
public static class ErrorTypes
{
    /// <summary>The event is not JSON or lacks a field the function needs.</summary>
    public const string InvalidEvent = "Dcc.InvalidEvent";
    /// <summary>The sessionAttributes parameter (or another parameter) is not a flat JSON object.</summary>
    public const string InvalidSessionAttributes = "Dcc.InvalidSessionAttributes";
    /// <summary>No routing row for the environment, number or language.</summary>
    public const string RoutingDataNotFound = "Dcc.RoutingDataNotFound";
    /// <summary>The response would be 32 KB or more.</summary>
    public const string ResponseTooLarge = "Dcc.ResponseTooLarge";
    /// <summary>The routing store could not be read.</summary>
    public const string StoreUnavailable = "Dcc.StoreUnavailable";
    /// <summary>The function was stopped at its deadline before it had an answer.</summary>
    public const string DeadlineExceeded = "Dcc.DeadlineExceeded";
    /// <summary>The custom-resource answer could not be delivered to CloudFormation.</summary>
    public const string CustomResourceResponseFailed = "Dcc.CustomResourceResponseFailed";
    /// <summary>The custom resource answered FAILED (bad request, invalid data, store failure); the reason says which.</summary>
    public const string CustomResourceFailed = "Dcc.CustomResourceFailed";
    /// <summary>The function name (<c>_HANDLER</c>) is not one of the four.</summary>
    public const string NoSuchHandler = "Runtime.NoSuchHandler";
    /// <summary>The process settings are unusable.</summary>
    public const string InvalidSettings = "Runtime.InvalidSettings";
}
