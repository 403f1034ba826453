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
    /// <summary>GetCustomerProfile: the search found no profile.</summary>
    public const string NoneFoundError = nameof(NoneFoundError);
    /// <summary>GetCustomerProfile: the search found more than one profile.</summary>
    public const string MultipleFoundError = nameof(MultipleFoundError);
    /// <summary>GetCase: no case matched.</summary>
    public const string NoneFound = nameof(NoneFound);
    /// <summary>GetCase: more than one case matched.</summary>
    public const string MultipleFound = nameof(MultipleFound);
    /// <summary>Cases: the case was found or written but the contact could not be linked to it.</summary>
    public const string ContactNotLinked = nameof(ContactNotLinked);
}
