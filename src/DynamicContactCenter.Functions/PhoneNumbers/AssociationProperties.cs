using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DynamicContactCenter.Functions.PhoneNumbers;

/// <summary>
/// What AssociatePhoneNumbers reads from <c>ResourceProperties</c> (CloudFormation passes the template's Properties verbatim):
/// <code>
/// InstanceArn: arn:aws:connect:us-east-1:123456789012:instance/INSTANCE-ID             # required: whose numbers
/// ContactFlowArn: arn:aws:connect:...:instance/INSTANCE-ID/contact-flow/FLOW-ID         # required: the Init flow (!GetAtt InitFlow.ContactFlowArn)
/// PhoneNumbers: ["+14443330000", "+14443331111"]                                        # required (may be empty): E.164, claimed to the instance
/// </code>
/// Empty entries are ignored (a CommaDelimitedList parameter left empty is <c>[""]</c>) and repeats count once.
/// </summary>
internal sealed partial record AssociationProperties(string InstanceArn, string InstanceId, string Region, string ContactFlowId, ImmutableArray<string> PhoneNumbers)
{
    public const string InstanceArnKey = "InstanceArn";
    public const string ContactFlowArnKey = "ContactFlowArn";
    public const string PhoneNumbersKey = "PhoneNumbers";

    /// <summary>Reads and checks the properties; null with every problem listed (so one deploy shows them all).</summary>
    public static AssociationProperties? Read(JsonElement properties, out ImmutableArray<string> errors)
    {
        var problems = ImmutableArray.CreateBuilder<string>();
        if (properties.ValueKind != JsonValueKind.Object)
        {
            errors = [FunctionMessages.PropertyMissing.CodedMessage("ResourceProperties", "AssociatePhoneNumbers needs InstanceArn, ContactFlowArn and PhoneNumbers")];
            return null;
        }

        var instance = Text(properties, InstanceArnKey) is { } instanceText ? InstanceArnShape().Match(instanceText) : null;
        if (instance is not { Success: true })
        {
            problems.Add(Problem(properties, InstanceArnKey, "an Amazon Connect instance ARN, arn:aws:connect:REGION:ACCOUNT:instance/INSTANCE-ID"));
        }

        var flow = Text(properties, ContactFlowArnKey) is { } flowText ? FlowArnShape().Match(flowText) : null;
        if (flow is not { Success: true })
        {
            problems.Add(Problem(properties, ContactFlowArnKey, "a contact flow ARN, arn:aws:connect:REGION:ACCOUNT:instance/INSTANCE-ID/contact-flow/FLOW-ID"));
        }
        else if (instance is { Success: true } && flow.Groups["instance"].Value != instance.Groups["instance"].Value)
        {
            problems.Add(FunctionMessages.PropertyInvalid.CodedMessage(ContactFlowArnKey,
                $"the flow '{flow.Value}' belongs to another instance than InstanceArn '{instance.Value}'; expected the Init flow of that instance"));
        }

        var numbers = new SortedSet<string>(StringComparer.Ordinal);
        if (!properties.TryGetProperty(PhoneNumbersKey, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            problems.Add(FunctionMessages.PropertyMissing.CodedMessage(PhoneNumbersKey, "a list of E.164 numbers claimed to the instance, e.g. [\"+14443330000\"]"));
        }
        else
        {
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                var path = $"{PhoneNumbersKey}[{index++}]";
                var number = item.ValueKind == JsonValueKind.String ? item.GetString()!.Trim() : null;
                if (number is { Length: 0 })
                {
                    continue;
                }

                if (number is null || !E164().IsMatch(number))
                {
                    problems.Add(FunctionMessages.PropertyInvalid.CodedMessage(path,
                        $"'{(item.ValueKind == JsonValueKind.String ? number : item.GetRawText())}' is not an E.164 number; expected + then 8 to 15 digits, e.g. +14443330000"));
                    continue;
                }

                numbers.Add(number);
            }
        }

        errors = problems.ToImmutable();
        return errors.IsEmpty
            ? new AssociationProperties(instance!.Value, instance.Groups["instance"].Value, instance.Groups["region"].Value, flow!.Groups["flow"].Value, [.. numbers])
            : null;
    }

    private static string Problem(JsonElement properties, string key, string expected) =>
        Text(properties, key) is { } value
            ? FunctionMessages.PropertyInvalid.CodedMessage(key, $"'{LoggedText.Cap(value, 200)}' is not {expected}")
            : FunctionMessages.PropertyMissing.CodedMessage(key, "expected " + expected);

    private static string? Text(JsonElement parent, string key) =>
        parent.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text.Trim() : null;

    [GeneratedRegex(@"^arn:aws[a-z-]*:connect:(?<region>[a-z0-9-]+):[0-9]{12}:instance/(?<instance>[A-Za-z0-9-]+)$")]
    private static partial Regex InstanceArnShape();

    [GeneratedRegex(@"^arn:aws[a-z-]*:connect:[a-z0-9-]+:[0-9]{12}:instance/(?<instance>[A-Za-z0-9-]+)/contact-flow/(?<flow>[A-Za-z0-9-]+)$")]
    private static partial Regex FlowArnShape();

    // As the template's phone-number parameters check it: + then 8 to 15 digits, no spaces.
    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}$")]
    private static partial Regex E164();
}
