using System.Text.Json.Nodes;
using DynamicContactCenter.Deploy.Tests.TestSupport;
using DynamicContactCenter.Functions;

namespace DynamicContactCenter.Deploy.Tests.Template;

/// <summary>Least privilege: each function's own role, no wildcard action, reads only the tables its handler reads, the seeder only
/// the writes it makes, logs only to its own log group.</summary>
public sealed class TemplateIamTests
{
    private static readonly CloudFormationTemplate Sut = CloudFormationTemplate.Source;

    // The handlers read one row per GetItem; BatchGetItem is never called, so it is not granted.
    private static readonly string[] ReadActions = ["dynamodb:GetItem"];
    // Scan finds the rows the resource owns (its owner mark) and the languages numbers still use before it deletes any.
    private static readonly string[] SeedActions = ["dynamodb:DeleteItem", "dynamodb:PutItem", "dynamodb:Scan"];
    private static readonly string[] LogActions = ["logs:CreateLogStream", "logs:PutLogEvents"];

    public static TheoryData<string, string[], string[]> DynamoDbAccess => new()
    {
        // The handler → the tables it reads (GetLambdas: the environment row and the default language's error/exit prompts).
        { FunctionNames.GetLambdas, ReadActions, ["EnvironmentsTable", "PromptsTable"] },
        { FunctionNames.GetDynAttributes, ReadActions, ["DialedNumbersTable"] },
        { FunctionNames.GetPrompts, ReadActions, ["PromptsTable"] },
        { FunctionNames.SeedTables, SeedActions, ["DialedNumbersTable", "EnvironmentsTable", "PromptsTable"] },
    };

    [Theory]
    [MemberData(nameof(DynamoDbAccess))]
    public void Role_Function_AllowsExactlyItsTableActionsOnItsTables(string function, string[] actions, string[] tables)
    {
        // Arrange
        var statements = Statements(RoleOf(function)).ToList();

        // Act
        var dynamo = statements.Where(s => Actions(s).Any(a => a.StartsWith("dynamodb:", StringComparison.Ordinal))).ToList();

        // Assert
        dynamo.Count.ShouldBe(1);
        Actions(dynamo[0]).Order(StringComparer.Ordinal).ShouldBe(actions);
        Resources(dynamo[0]).Select(GetAttTarget).Order(StringComparer.Ordinal).ShouldBe(tables);
    }

    [Theory]
    [MemberData(nameof(DynamoDbAccess))]
    public void Role_Function_WritesLogsOnlyToItsOwnLogGroup(string function, string[] actions, string[] tables)
    {
        // Arrange
        _ = (actions, tables);
        var statements = Statements(RoleOf(function)).ToList();
        var ownGroup = (string)Sut.Properties(function)["LoggingConfig"]!["LogGroup"]!["Ref"]!;

        // Act
        var logs = statements.Where(s => Actions(s).Any(a => a.StartsWith("logs:", StringComparison.Ordinal))).ToList();

        // Assert
        logs.Count.ShouldBe(1);
        Actions(logs[0]).Order(StringComparer.Ordinal).ShouldBe(LogActions);
        Resources(logs[0]).Select(GetAttTarget).ShouldBe([ownGroup]);
        statements.Count.ShouldBe(2, "nothing but its table access and its logs");
    }

    [Fact]
    public void Roles_EveryStatement_AllowsNamedActionsOnNamedResources()
    {
        // Arrange
        var roles = Sut.ResourcesOfType("AWS::IAM::Role").ToList();

        // Act
        var statements = roles.SelectMany(Statements).ToList();

        // Assert
        roles.Count.ShouldBe(5);
        statements.ShouldAllBe(s => (string)s["Effect"]! == "Allow");
        statements.SelectMany(Actions).ShouldAllBe(a => !a.Contains('*'));
        statements.SelectMany(Resources).ShouldAllBe(r => r is JsonObject, "every resource is a reference to the stack's own resource, never a literal or *");
        roles.ShouldAllBe(r => Sut.Properties(r)["ManagedPolicyArns"] == null, "no managed policy widens the role");
    }

    [Fact]
    public void Roles_EachFunction_HasItsOwnRoleTrustedOnlyByLambda()
    {
        // Arrange
        var functions = Sut.ResourcesOfType("AWS::Lambda::Function").ToList();

        // Act
        var roles = functions.Select(RoleOf).ToList();

        // Assert
        roles.ShouldBeUnique();
        roles.ShouldAllBe(r => Sut.Properties(r)["AssumeRolePolicyDocument"]!["Statement"]!.AsArray()
            .All(s => (string)s!["Principal"]!["Service"]! == "lambda.amazonaws.com" && (string)s["Action"]! == "sts:AssumeRole"));
    }

    [Fact]
    public void Connect_EveryConnectFunction_IsAssociatedAndInvokableOnlyByTheInstance()
    {
        // Arrange
        var connectFunctions = new[] { FunctionNames.GetLambdas, FunctionNames.GetDynAttributes, FunctionNames.GetPrompts };

        // Act
        var associated = Sut.ResourcesOfType("AWS::Connect::IntegrationAssociation").Select(Sut.Properties).ToList();
        var permissions = Sut.ResourcesOfType("AWS::Lambda::Permission").Select(Sut.Properties).ToList();

        // Assert
        associated.Select(p => GetAttTarget(p["IntegrationArn"]!)).ShouldBe(connectFunctions, ignoreOrder: true);
        associated.ShouldAllBe(p => (string)p["IntegrationType"]! == "LAMBDA_FUNCTION" && (string)p["InstanceId"]!["Ref"]! == "ConnectInstanceArn");
        permissions.Select(p => GetAttTarget(p["FunctionName"]!)).ShouldBe(connectFunctions, ignoreOrder: true);
        permissions.ShouldAllBe(p => (string)p["Principal"]! == "connect.amazonaws.com" && (string)p["Action"]! == "lambda:InvokeFunction"
            && (string)p["SourceArn"]!["Ref"]! == "ConnectInstanceArn" && (string)p["SourceAccount"]!["Ref"]! == "AWS::AccountId");
    }

    private static string RoleOf(string function) => GetAttTarget(Sut.Properties(function)["Role"]!);

    private static IEnumerable<JsonObject> Statements(string role) =>
        Sut.Properties(role)["Policies"]!.AsArray().SelectMany(p => p!["PolicyDocument"]!["Statement"]!.AsArray()).Select(s => s!.AsObject());

    private static IEnumerable<string> Actions(JsonObject statement) => Many(statement["Action"]).Select(a => (string)a!);

    private static IEnumerable<JsonNode> Resources(JsonObject statement) => Many(statement["Resource"])!;

    private static JsonArray Many(JsonNode? node) => node is JsonArray array ? array : [node!.DeepClone()];

    private static string GetAttTarget(JsonNode node) => (string)node["Fn::GetAtt"]![0]!;
}
