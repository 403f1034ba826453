using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DynamicContactCenter.Deploy.Tests.TestSupport;

/// <summary>
/// Resolves the intrinsic functions the template uses (Ref, Fn::GetAtt, Fn::Sub, Fn::If, Fn::Equals) the way CloudFormation would
/// for one set of parameter values, with made-up but well-formed physical names and ARNs for the resources. Anything else is a
/// test failure: the template must stay within what these checks understand.
/// </summary>
internal sealed partial class TemplateEvaluator
{
    public const string Region = "us-east-1";
    public const string Account = "123456789012";
    public const string StackName = "dcc-test";

    private readonly CloudFormationTemplate _template;
    private readonly Dictionary<string, string> _parameters;
    private readonly IReadOnlyDictionary<string, string> _physicalNames;
    private readonly IReadOnlyDictionary<string, string> _arns;

    /// <param name="template">The template.</param>
    /// <param name="parameters">Parameter values; parameters not given take their Default.</param>
    /// <param name="physicalNames">Ref values for resources (e.g. the real table names of a test); others get <c>dcc-test-Id</c>.</param>
    /// <param name="arns">ARNs for functions and flows (e.g. the instance model's); others are made up from the logical id.</param>
    public TemplateEvaluator(CloudFormationTemplate template, IReadOnlyDictionary<string, string> parameters,
        IReadOnlyDictionary<string, string>? physicalNames = null, IReadOnlyDictionary<string, string>? arns = null)
    {
        _arns = arns ?? new Dictionary<string, string>();
        _template = template;
        _physicalNames = physicalNames ?? new Dictionary<string, string>();
        _parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, definition) in template.Parameters)
        {
            var value = parameters.TryGetValue(name, out var given) ? given : (string?)definition!["Default"];
            _parameters[name] = value ?? throw new InvalidOperationException($"Parameter {name} has no Default and no value was given.");
        }
    }

    public static string FunctionArn(string logicalId) => $"arn:aws:lambda:{Region}:{Account}:function:{StackName}-{logicalId}";

    public static string FlowArn(string instanceArn, string logicalId) => $"{instanceArn}/contact-flow/{logicalId}";

    public string Ref(string name)
    {
        if (_parameters.TryGetValue(name, out var value))
        {
            return value;
        }

        return name switch
        {
            "AWS::Region" => Region,
            "AWS::AccountId" => Account,
            "AWS::StackName" => StackName,
            "AWS::Partition" => "aws",
            _ when _template.Resources.ContainsKey(name) => _template.TypeOf(name) switch
            {
                "AWS::Connect::ContactFlow" => GetAtt(name, "ContactFlowArn"),
                _ => PhysicalName(name),
            },
            _ => throw new InvalidOperationException($"Ref {name}: no parameter, pseudo parameter or resource of that name."),
        };
    }

    public string GetAtt(string logicalId, string attribute)
    {
        if (!_template.Resources.ContainsKey(logicalId))
        {
            throw new InvalidOperationException($"GetAtt {logicalId}.{attribute}: no such resource.");
        }

        if (attribute is "Arn" or "ContactFlowArn" && _arns.TryGetValue(logicalId, out var arn))
        {
            return arn;
        }

        return (_template.TypeOf(logicalId), attribute) switch
        {
            ("AWS::Lambda::Function", "Arn") => FunctionArn(logicalId),
            ("AWS::DynamoDB::Table", "Arn") => $"arn:aws:dynamodb:{Region}:{Account}:table/{PhysicalName(logicalId)}",
            ("AWS::Logs::LogGroup", "Arn") => $"arn:aws:logs:{Region}:{Account}:log-group:{PhysicalName(logicalId)}:*",
            ("AWS::IAM::Role", "Arn") => $"arn:aws:iam::{Account}:role/{PhysicalName(logicalId)}",
            ("AWS::Connect::ContactFlow", "ContactFlowArn") => FlowArn(Ref("ConnectInstanceArn"), logicalId),
            var (type, _) => throw new InvalidOperationException($"GetAtt {logicalId}.{attribute}: {type} has no such attribute here."),
        };
    }

    public bool Condition(string name) => Truth(Resolve(_template.Root["Conditions"]![name]));

    /// <summary>The node with every intrinsic function resolved (strings, arrays and objects only).</summary>
    public JsonNode? Resolve(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                return new JsonArray([.. array.Select(Resolve)]);
            case JsonObject { Count: 1 } single when single.First().Key is "Ref" or "Condition" || single.First().Key.StartsWith("Fn::", StringComparison.Ordinal):
                var (function, argument) = single.First();
                return function switch
                {
                    "Ref" => Ref((string)argument!),
                    "Condition" => Condition((string)argument!).ToString(),
                    "Fn::GetAtt" => GetAtt((string)argument![0]!, (string)argument[1]!),
                    "Fn::Sub" => Sub((string)argument!),
                    "Fn::Equals" => (Text(Resolve(argument![0])) == Text(Resolve(argument[1]))).ToString(),
                    "Fn::If" => Condition((string)argument![0]!) ? Resolve(argument[1]) : Resolve(argument[2]),
                    _ => throw new InvalidOperationException($"{function} is not understood by these checks."),
                };
            case JsonObject obj:
                return new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Resolve(p.Value))));
            case null:
                return null;
            default:
                return JsonValue.Create((string)node!);
        }
    }

    public string Sub(string text) => SubVariable().Replace(text, m =>
    {
        var name = m.Groups[1].Value;
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && !name.StartsWith("AWS::", StringComparison.Ordinal) ? GetAtt(name[..dot], name[(dot + 1)..]) : Ref(name);
    });

    private string PhysicalName(string logicalId) => _physicalNames.TryGetValue(logicalId, out var name) ? name : $"{StackName}-{logicalId}";

    private static string Text(JsonNode? node) => node is JsonValue ? (string)node! : throw new InvalidOperationException($"Expected a string, got {node?.ToJsonString()}");

    private static bool Truth(JsonNode? node) => Text(node) == bool.TrueString;

    [GeneratedRegex(@"\$\{([^}!]*)\}")]
    private static partial Regex SubVariable();
}
