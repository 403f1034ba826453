using System.Collections.Immutable;
using System.Text.Json;

namespace DynamicContactCenter.Functions.Events;

/// <summary>The parts of a Connect <c>ContactFlowEvent</c> the handlers read (reference/connect-lambda-contract.md §1).</summary>
/// <param name="ContactId">Details.ContactData.ContactId, or null.</param>
/// <param name="SystemEndpointAddress">Details.ContactData.SystemEndpoint.Address (the dialed number), or null when absent.</param>
/// <param name="Attributes">Details.ContactData.Attributes: the contact's user-defined attributes (string values only).</param>
/// <param name="Parameters">Details.Parameters as sent (an object, or undefined when absent); the session fold reads it.</param>
internal sealed record ContactFlowEvent(
    string? ContactId,
    string? SystemEndpointAddress,
    ImmutableDictionary<string, string> Attributes,
    JsonElement Parameters);
