using System.Text.Json.Nodes;
using DynamicContactCenter.Deploy.Tests.TestSupport;
using DynamicContactCenter.Functions;
using DynamicContactCenter.Functions.Configuration;

namespace DynamicContactCenter.Deploy.Tests.Template;

/// <summary>deploy/template.yaml's number association (issue #13 item 3): the custom resource is served by the bootstrap, gets the
/// instance, the InitFlow and the numbers parameter, and its role may call exactly the three Connect actions it makes.</summary>
public sealed class TemplatePhoneNumbersTests
{
    private const string Function = FunctionNames.AssociatePhoneNumbers;
    private const string Resource = "PhoneNumberFlows";
    private static readonly CloudFormationTemplate Sut = CloudFormationTemplate.Source;

    [Fact]
    public void Resource_PhoneNumberFlows_PointsTheNumbersParameterAtTheInitFlowOfTheInstance()
    {
        // Arrange
        var evaluator = new TemplateEvaluator(Sut, StackParameters.Sample());

        // Act
        var properties = Sut.Properties(Resource);

        // Assert
        Sut.TypeOf(Resource).ShouldBe("Custom::AssociatePhoneNumbers");
        evaluator.Resolve(properties["ServiceToken"])!.GetValue<string>().ShouldBe(TemplateEvaluator.FunctionArn(Function));
        evaluator.Resolve(properties["InstanceArn"])!.GetValue<string>().ShouldBe(StackParameters.InstanceArn);
        evaluator.Resolve(properties["ContactFlowArn"])!.GetValue<string>().ShouldBe(TemplateEvaluator.FlowArn(StackParameters.InstanceArn, "InitFlow"));
        evaluator.Resolve(properties["PhoneNumbers"])!.AsArray().Select(n => n!.GetValue<string>())
            .ShouldBe(["+14443330000", "+14443331111", "+14443332222"], "every phone-number parameter is wired, none by hand");
        ((string)Sut.Resources[Resource]!["Condition"]!).ShouldBe("PointNumbers");
        ((string)Sut.Parameters["PointNumbersAtInitFlow"]!["Default"]!).ShouldBe("Yes", "no console step is left by default");
    }

    [Fact]
    public void Function_AssociatePhoneNumbers_OutlivesItsMarginAndCloudFormationWaitsLonger()
    {
        // Arrange / Act
        var function = Sut.Properties(Function);
        var timeout = int.Parse((string)function["Timeout"]!, System.Globalization.CultureInfo.InvariantCulture);
        var serviceTimeout = int.Parse((string)Sut.Properties(Resource)["ServiceTimeout"]!, System.Globalization.CultureInfo.InvariantCulture);

        // Assert
        ((string)function["Handler"]!).ShouldBe(Function);
        timeout.ShouldBeGreaterThan(30);
        serviceTimeout.ShouldBeGreaterThan(timeout, "CloudFormation must wait longer than the function can run");
        function["Environment"].ShouldBeNull("it reads no tables and never answers a loopback ResponseURL");
        Sut.Resources[Resource]!["DependsOn"].ShouldBeNull();
        function.ToJsonString().ShouldNotContain(SettingNames.AllowLoopbackResponseUrl);
    }

    [Fact]
    public void Role_AssociatePhoneNumbers_AllowsExactlyItsConnectActionsTheOneTagKeyAndItsOwnLogs()
    {
        // Arrange
        var role = (string)Sut.Properties(Function)["Role"]!["Fn::GetAtt"]![0]!;
        var evaluator = new TemplateEvaluator(Sut, StackParameters.Sample());
        var numbers = $"arn:aws:connect:{TemplateEvaluator.Region}:{TemplateEvaluator.Account}:phone-number/*";

        // Act
        var statements = Sut.Properties(role)["Policies"]!.AsArray()
            .SelectMany(p => p!["PolicyDocument"]!["Statement"]!.AsArray())
            .Select(s => (Actions: Many(s!["Action"]).Order(StringComparer.Ordinal).ToList(), Resources: Many(evaluator.Resolve(s!["Resource"])).ToList()))
            .ToList();

        // Assert
        statements.Count.ShouldBe(6);
        statements[0].Actions.ShouldBe(["connect:ListPhoneNumbersV2"]);
        statements[0].Resources.ShouldBe([numbers]);
        statements[1].Actions.ShouldBe(["connect:AssociatePhoneNumberContactFlow", "connect:DisassociatePhoneNumberContactFlow"]);
        statements[1].Resources.ShouldBe([numbers, StackParameters.InstanceArn + "/contact-flow/*"], "a number gets back the flow of this instance it had before");
        statements[2].Actions.ShouldBe(["connect:ListFlowAssociations"]);
        statements[2].Resources.ShouldBe([StackParameters.InstanceArn]);
        statements[3].Actions.ShouldBe(["connect:ListTagsForResource"]);
        statements[3].Resources.ShouldBe([numbers]);
        statements[4].Actions.ShouldBe(["connect:TagResource", "connect:UntagResource"]);
        statements[4].Resources.ShouldBe([numbers]);
        Sut.Properties(role)["Policies"]![0]!["PolicyDocument"]!["Statement"]![4]!["Condition"]!["ForAllValues:StringEquals"]!["aws:TagKeys"]![0]!
            .GetValue<string>().ShouldBe("dcc:previous-flow", "no other tag of a number can be written or removed");
        statements[5].Actions.ShouldBe(["logs:CreateLogStream", "logs:PutLogEvents"]);
        statements[5].Resources.ShouldBe([evaluator.GetAtt("AssociatePhoneNumbersLogGroup", "Arn")]);
    }

    private static IEnumerable<string> Many(JsonNode? node) => node is JsonArray array ? array.Select(a => (string)a!) : [(string)node!];
}
