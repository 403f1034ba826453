namespace DynamicContactCenter.Flows.Model;

/// <summary>Error type names the interpreter produces.</summary>
public static class ErrorTypes
{
    /// <summary>An error with no more specific entry.</summary>
    public const string NoMatchingError = nameof(NoMatchingError);
    /// <summary>A result that no condition matched.</summary>
    public const string NoMatchingCondition = nameof(NoMatchingCondition);
    /// <summary>No input before the time limit (menu mode).</summary>
    public const string InputTimeLimitExceeded = nameof(InputTimeLimitExceeded);
    /// <summary>Stored input failed phone-number validation.</summary>
    public const string InvalidPhoneNumber = nameof(InvalidPhoneNumber);
    /// <summary>The queue is full.</summary>
    public const string QueueAtCapacity = nameof(QueueAtCapacity);
    /// <summary>The third party did not answer in time.</summary>
    public const string ConnectionTimeLimitExceeded = nameof(ConnectionTimeLimitExceeded);
    /// <summary>The third-party call failed.</summary>
    public const string CallFailed = nameof(CallFailed);
    /// <summary>The callback number is not a valid number.</summary>
    public const string InvalidCallbackNumber = nameof(InvalidCallbackNumber);
    /// <summary>The callback number cannot be dialled.</summary>
    public const string CallbackNumberNotDialable = nameof(CallbackNumberNotDialable);
    /// <summary>The recording behavior names a different channel.</summary>
    public const string ChannelMismatch = nameof(ChannelMismatch);
    /// <summary>Wait: the bot participant is gone.</summary>
    public const string ParticipantNotFound = nameof(ParticipantNotFound);
}
