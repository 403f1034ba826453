using DynamicContactCenter.Cli.Packaging;

namespace DynamicContactCenter.Deploy.Tests.Packaging;

/// <summary>Bad source templates and flows are refused with a coded message naming the file, resource and value; nothing is produced.</summary>
public sealed class TemplatePackagerErrorTests : IDisposable
{
    private const string GoodFlow = """
        {
          "Version": "2019-10-30",
          "StartAction": "Go",
          "Actions": [
            { "Identifier": "Go", "Type": "TransferToFlow", "Parameters": { "ContactFlowId": "${PLACEHOLDER}" },
              "Transitions": { "NextAction": "End", "Errors": [ { "ErrorType": "NoMatchingError", "NextAction": "End" } ] } },
            { "Identifier": "End", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {} }
          ]
        }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-packager-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // template body variant, flow text, expected code, text the message must name
        { "good", GoodFlow.Replace("PLACEHOLDER", "NoSuchFlowArn", StringComparison.Ordinal), PackagingMessages.UnknownPlaceholder.Code, "${NoSuchFlowArn}" },
        { "good", GoodFlow.Replace("PLACEHOLDER", "Stage", StringComparison.Ordinal), PackagingMessages.UnknownPlaceholder.Code, "${Stage}" },
        { "good", GoodFlow.Replace("PLACEHOLDER", "EntryFlowArn", StringComparison.Ordinal), PackagingMessages.SelfReference.Code, "${EntryFlowArn}" },
        { "good", GoodFlow.Replace("PLACEHOLDER", "!Literal", StringComparison.Ordinal), PackagingMessages.UnknownPlaceholder.Code, "${!Literal}" },
        { "good", "{ not json", PackagingMessages.FlowInvalid.Code, "entry.json" },
        { "missing-flow", GoodFlow, PackagingMessages.FlowFileMissing.Code, "no-such.json" },
        { "bad-handler", GoodFlow.Replace("PLACEHOLDER", "OtherFlowArn", StringComparison.Ordinal), PackagingMessages.UnknownHandler.Code, "'index.handler'" },
        { "inline-content", GoodFlow, PackagingMessages.FlowContentNotPath.Code, "EntryFlow" },
        { "no-flows", GoodFlow, PackagingMessages.NoFlows.Code, "template.yaml" },
        { "not-yaml", GoodFlow, PackagingMessages.TemplateNotYaml.Code, "template.yaml" },
        { "no-resources", GoodFlow, PackagingMessages.TemplateShape.Code, "Resources" },
        { "good", GoodFlow.Replace("${PLACEHOLDER}", "arn:aws:connect:us-east-1:123456789012:instance/i/contact-flow/f", StringComparison.Ordinal), PackagingMessages.FlowNotLaidOut.Code,
            "no Metadata.entryPointPosition; no Metadata.ActionMetadata position for 2 action(s): 'Go', 'End'); the Connect designer would not draw it laid out. Run dcc layout " },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Package_BadInput_FailsWithTheCodeAndNamesTheCulprit(string variant, string flow, string code, string named)
    {
        // Arrange
        File.WriteAllText(Path.Combine(_folder, "entry.json"), flow);
        File.WriteAllText(Path.Combine(_folder, "other.json"), GoodFlow.Replace("${PLACEHOLDER}", "arn:aws:connect:us-east-1:123456789012:instance/i/contact-flow/f", StringComparison.Ordinal));
        var template = Path.Combine(_folder, "template.yaml");
        File.WriteAllText(template, Template(variant));

        // Act
        var result = TemplatePackager.Package(template, "x86_64");

        // Assert
        result.Value.ShouldBeNull();
        result.Errors.ShouldContain(e => e.Code == code && e.Message.Contains(named, StringComparison.Ordinal),
            string.Join("\n", result.Errors));
    }

    public static TheoryData<string, string, string, long?> Locations => new()
    {
        // template body variant, expected code, expected field, expected line (null: the reader does not know it)
        { "inline-content", PackagingMessages.FlowContentNotPath.Code, "Resources.EntryFlow.Properties.Content", 12 },
        { "missing-flow", PackagingMessages.FlowFileMissing.Code, "Resources.EntryFlow.Properties.Content", null },
        { "bad-handler", PackagingMessages.UnknownHandler.Code, "Resources.Fn.Properties.Handler", null },
        { "no-flows", PackagingMessages.NoFlows.Code, "Resources", null },
        { "no-resources", PackagingMessages.TemplateShape.Code, "Resources", null },
    };

    [Theory]
    [MemberData(nameof(Locations))]
    public void Package_BadTemplate_LocatesTheFindingByFileFieldAndLine(string variant, string code, string field, long? line)
    {
        // Arrange
        File.WriteAllText(Path.Combine(_folder, "entry.json"), GoodFlow.Replace("${PLACEHOLDER}", "arn:aws:connect:us-east-1:123456789012:instance/i/contact-flow/f", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_folder, "other.json"), GoodFlow.Replace("${PLACEHOLDER}", "arn:aws:connect:us-east-1:123456789012:instance/i/contact-flow/f", StringComparison.Ordinal));
        var template = Path.Combine(_folder, "template.yaml");
        File.WriteAllText(template, Template(variant));

        // Act
        var result = TemplatePackager.Package(template, "x86_64");

        // Assert: the template and the key path a person edits, beside the message (which still names the file itself)
        var error = result.Errors.Single(e => e.Code == code);
        error.File.ShouldBe(template);
        error.Location.Field.ShouldBe(field);
        error.Line.ShouldBe(line);
    }

    [Fact]
    public void Package_MissingTemplate_FailsNamingThePath()
    {
        // Arrange
        var template = Path.Combine(_folder, "nowhere.yaml");

        // Act
        var result = TemplatePackager.Package(template, "x86_64");

        // Assert
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(PackagingMessages.TemplateUnreadable.Code);
        error.File.ShouldBe(template);
        error.Message.ShouldContain(template);
    }

    [Fact]
    public void Package_FlowWithIndentedFirstLineAndNoPlaceholders_EmbedsItExactly()
    {
        // Arrange: a first line with leading spaces needs an explicit block indentation indicator.
        // It carries designer positions, as package requires of every flow (DCC8043).
        var flow = "  " + GoodFlow.Replace("${PLACEHOLDER}", "arn:aws:connect:us-east-1:123456789012:instance/i/contact-flow/f", StringComparison.Ordinal)
            .Replace("\"StartAction\": \"Go\",", "\"StartAction\": \"Go\",\n  \"Metadata\": { \"entryPointPosition\": { \"x\": 20, \"y\": 20 }, \"ActionMetadata\": " +
                "{ \"Go\": { \"position\": { \"x\": 320, \"y\": 20 } }, \"End\": { \"position\": { \"x\": 620, \"y\": 20 } } } },", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder, "entry.json"), flow);
        File.WriteAllText(Path.Combine(_folder, "other.json"), flow);
        var template = Path.Combine(_folder, "template.yaml");
        File.WriteAllText(template, Template("good"));

        // Act
        var result = TemplatePackager.Package(template, "x86_64");
        var content = (string)TestSupport.CloudFormationTemplate.Parse(result.Value!.Text).Properties("EntryFlow")["Content"]!;

        // Assert
        result.Diagnostics.ShouldBeEmpty();
        content.TrimEnd().ShouldBe(flow.ReplaceLineEndings("\n").TrimEnd());
    }

    private static string Template(string variant) => variant switch
    {
        "not-yaml" => "Resources: [unclosed\n  - {",
        "no-resources" => "Parameters: {}\n",
        _ => $$"""
            Parameters:
              Environment: { Type: String }
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Handler: {{(variant == "bad-handler" ? "index.handler" : "GetLambdas")}}
                  Architectures: [x86_64]
            {{(variant == "no-flows" ? "" : $$"""
              EntryFlow:
                Type: AWS::Connect::ContactFlow
                Properties:
                  Content: {{(variant switch { "missing-flow" => "no-such.json", "inline-content" => "!Sub '{}'", _ => "entry.json" })}}
              OtherFlow:
                Type: AWS::Connect::ContactFlow
                Properties:
                  Content: other.json
            """)}}
            """,
    };
}
