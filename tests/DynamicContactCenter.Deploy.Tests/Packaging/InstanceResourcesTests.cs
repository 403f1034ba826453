using System.Globalization;
using System.Text.Json.Nodes;
using DynamicContactCenter.Cli.Packaging;
using DynamicContactCenter.Cli.Packaging.Tenant;
using DynamicContactCenter.Deploy.Tests.TestSupport;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Storage.Yaml;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Deploy.Tests.Packaging;

/// <summary><c>dcc package --instance-resources create</c>: the queues the routing rows use and their hours of operation are resources of
/// the stack, made from config/instance.yaml, so the hours a call is simulated against are the hours deployed.</summary>
public sealed class InstanceResourcesTests
{
    private static readonly Lazy<CloudFormationTemplate> Created = new(() => Packaged(InstanceResources.Create));

    private static readonly InstanceModel Instance = InstanceModelLoader.LoadFile(TenantFolder.SampleInstancePath).Value!;

    public static TheoryData<string> RoutedQueues => [.. RoutingYamlLoader.LoadFile(RepositoryPaths.RoutingYaml).Value!.DialedNumbers
        .Select(n => Instance.Queues.Single(q => q.Arn == n.Queue).Name).Distinct()];

    [Theory]
    [MemberData(nameof(RoutedQueues))]
    public void Hours_CreatedQueue_AreInstanceYamlsWeeklyHoursAndOverrides(string queueName)
    {
        // Arrange: the model's hours, as the simulator evaluates them.
        var queue = Instance.FindQueueByName(queueName).ShouldNotBeNull();
        var expected = Instance.FindHours(queue.HoursName!).ShouldNotBeNull();
        var sut = Created.Value;

        // Act: the packaged YAML read back, from the queue to the hours it names.
        var created = sut.Properties(queueName + "Queue");
        var hoursId = (string)created["HoursOfOperationArn"]!["Fn::GetAtt"]![0]!;
        var hours = sut.Properties(hoursId);

        // Assert
        sut.TypeOf(queueName + "Queue").ShouldBe("AWS::Connect::Queue");
        sut.TypeOf(hoursId).ShouldBe("AWS::Connect::HoursOfOperation");
        ((string)created["HoursOfOperationArn"]!["Fn::GetAtt"]![1]!).ShouldBe("HoursOfOperationArn");
        ((string?)created["MaxContacts"]).ShouldBe(queue.MaxContacts?.ToString(CultureInfo.InvariantCulture));
        ((string)hours["TimeZone"]!).ShouldBe(expected.Zone.Id);
        Weekly(hours["Config"]!.AsArray()).ShouldBe(expected.Weekly
            .SelectMany(d => d.Value.Select(r => $"{d.Key.ToString().ToUpperInvariant()} {r}")), ignoreOrder: true);
        Overrides(hours["HoursOfOperationOverrides"]!.AsArray()).ShouldBe(expected.Overrides.Select(o =>
            $"{o.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} {o.Name} {(o.Ranges.IsEmpty ? "CLOSED" : "STANDARD " + string.Join(",", o.Ranges.Select(r => $"{o.Date.DayOfWeek.ToString().ToUpperInvariant()} {r}")))}"));
        expected.Overrides.ShouldNotBeEmpty("the sample has holidays and reduced hours to compare");
    }

    [Fact]
    public void RoutingRows_CreateMode_TakeTheCreatedQueuesAndLeaveNoQueueParameter()
    {
        // Arrange
        var sut = Created.Value;

        // Act
        var rows = sut.Properties("RoutingData")["DialedNumbers"]!.AsArray();

        // Assert
        var spanish = rows.Single(r => r!["Number"] is JsonObject { } n && (string?)n["Ref"] == "SpanishPhoneNumber")!;
        spanish["Queue"]!.ToJsonString().ShouldBe("""{"Fn::GetAtt":["SpanishQueue","QueueArn"]}""");
        sut.Parameters.Select(p => p.Key).ShouldNotContain(p => p.EndsWith("QueueArn", StringComparison.Ordinal));
        sut.Parameters.Select(p => p.Key).ShouldContain("SpanishPhoneNumber");
    }

    [Fact]
    public void Package_Default_TakesExistingQueueArnsAndCreatesNothing()
    {
        // Arrange / Act
        var sut = Packaged(InstanceResources.Existing);

        // Assert: as before this option existed.
        sut.ResourcesOfType("AWS::Connect::Queue").ShouldBeEmpty();
        sut.ResourcesOfType("AWS::Connect::HoursOfOperation").ShouldBeEmpty();
        sut.Parameters.Select(p => p.Key).ShouldContain("SpanishQueueArn");
    }

    [Fact]
    public void Package_CreateModeQueueWithoutHours_FailsNamingTheQueueAndTheFile()
    {
        // Arrange: the French queue of the instance model lost its hours.
        var instance = File.ReadAllText(TenantFolder.SampleInstancePath).Replace(
            "  French:\n    arn: arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-0000-0000-0000-000000000003\n    hours: Business Hours\n",
            "  French:\n    arn: arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-0000-0000-0000-000000000003\n",
            StringComparison.Ordinal);
        instance.ShouldNotContain("000000000003\n    hours:");
        using var folder = new TenantFolder(instanceYaml: instance);

        // Act
        var result = TemplatePackager.Package(folder.TemplatePath, "x86_64", InstanceResources.Create);

        // Assert
        result.Value.ShouldBeNull();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(PackagingMessages.InstanceResourceMissing.Code);
        error.ToString().ShouldContain("queue French has no hours of operation");
        error.ToString().ShouldContain(folder.InstancePath);
    }

    private static CloudFormationTemplate Packaged(InstanceResources mode)
    {
        var result = TemplatePackager.Package(CloudFormationTemplate.SourcePath, "x86_64", mode);
        return CloudFormationTemplate.Parse((result.Value ?? throw new InvalidOperationException(string.Join("\n", result.Errors))).Text);
    }

    // A slice back in the model's notation: the service's 00:00 end is the model's 24:00.
    private static string Slice(JsonNode slice)
    {
        static string Time(JsonNode t) => $"{int.Parse((string)t["Hours"]!, CultureInfo.InvariantCulture):00}:{int.Parse((string)t["Minutes"]!, CultureInfo.InvariantCulture):00}";
        var end = Time(slice["EndTime"]!);
        return $"{(string)slice["Day"]!} {Time(slice["StartTime"]!)}-{(end == "00:00" ? "24:00" : end)}";
    }

    private static IEnumerable<string> Weekly(JsonArray config) => config.Select(s => Slice(s!));

    private static IEnumerable<string> Overrides(JsonArray overrides) => overrides.Select(o =>
    {
        ((string)o!["EffectiveFrom"]!).ShouldBe((string)o["EffectiveTill"]!, "an override of the model is one day");
        var type = (string)o["OverrideType"]!;
        var slices = o["OverrideConfig"]!.AsArray().Select(s => Slice(s!)).ToList();
        return $"{(string)o["EffectiveFrom"]!} {(string)o["OverrideName"]!} {(type == "CLOSED" ? type : type + " " + string.Join(",", slices))}";
    });
}
