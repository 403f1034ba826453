namespace DynamicContactCenter.Flows.Execution;

/// <summary>The contact data Connect sends to a Lambda function (<c>Details.ContactData</c>, connect-lambda-contract.md §1): what
/// <see cref="ContactFlowEventWriter"/> writes. A call takes it from its contact; <c>dcc invoke</c> builds one from its options. A struct:
/// a call takes one per Lambda invocation, and the interpreter's throughput is measured in allocations too (bench/README.md).</summary>
/// <param name="ContactId">The contact id (also the initial and previous contact id: one segment).</param>
/// <param name="Channel">VOICE, CHAT or TASK.</param>
/// <param name="CallerNumber"><c>CustomerEndpoint.Address</c>.</param>
/// <param name="DialedNumber"><c>SystemEndpoint.Address</c>.</param>
/// <param name="InstanceArn">The Connect instance.</param>
/// <param name="LanguageCode">The contact's language code (en-US unless a flow set another).</param>
/// <param name="Attributes">The contact attributes, written in this order.</param>
public readonly record struct ContactSnapshot(string ContactId, string Channel, string CallerNumber, string DialedNumber, string InstanceArn, string LanguageCode,
    IReadOnlyDictionary<string, string> Attributes)
{
    /// <summary>The working queue's name, or null when the contact has none (then <c>Queue</c> is JSON null).</summary>
    public string? QueueName { get; init; }

    /// <summary>The working queue's ARN, or null.</summary>
    public string? QueueArn { get; init; }
}
