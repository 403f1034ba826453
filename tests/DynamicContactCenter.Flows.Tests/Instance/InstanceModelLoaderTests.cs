using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Instance;

namespace DynamicContactCenter.Flows.Tests.Instance;

public sealed class InstanceModelLoaderTests
{
    private const string Minimal = """
        instance:
          arn: arn:aws:connect:us-east-1:1:instance/i
        """;

    public static TheoryData<string, string, string> BadInput => new()
    {
        // yaml appended to the minimal instance, expected code, expected field prefix
        { "queues:\n  English:\n    hours: Business Hours\n", FlowMessages.InstanceMissingKey.Code, "queues.English.arn" },
        { "hoursOfOperation:\n  H:\n    timeZone: Mars/Olympus\n    weekly: {}\n", FlowMessages.InstanceUnknownTimeZone.Code, "hoursOfOperation.H.timeZone" },
        { "hoursOfOperation:\n  H:\n    timeZone: UTC\n    weekly:\n      Monday: [\"20:00-08:00\"]\n", FlowMessages.InstanceInvalidValue.Code, "hoursOfOperation.H.weekly.Monday" },
        { "hoursOfOperation:\n  H:\n    timeZone: UTC\n    weekly:\n      Funday: [\"08:00-20:00\"]\n", FlowMessages.InstanceInvalidValue.Code, "hoursOfOperation.H.weekly.Funday" },
        { "hoursOfOperation:\n  H:\n    timeZone: UTC\n    weekly: {}\n    overrides:\n      - date: 2026-13-40\n        closed: true\n", FlowMessages.InstanceInvalidValue.Code, "hoursOfOperation.H.overrides[0].date" },
        { "queues:\n  English:\n    arn: a\n    hours: Night\n", FlowMessages.InstanceUnknownReference.Code, "queues.English.hours" },
        { "agents:\n  al:\n    queues: [Nope]\n", FlowMessages.InstanceUnknownReference.Code, "agents.al.queues" },
        { "queues:\n  Q:\n    arn: a\nagents:\n  al:\n    queues: [Q]\n    status: sleeping\n", FlowMessages.InstanceInvalidValue.Code, "agents.al.status" },
        { "queues:\n  Q:\n    arn: a\n    maxContacts: lots\n", FlowMessages.InstanceInvalidValue.Code, "queues.Q.maxContacts" },
        { "phoneNumbers:\n  \"+1\": Missing\n", FlowMessages.InstanceUnknownReference.Code, "phoneNumbers[\"+1\"]" },
        { "queues:\n  A:\n    arn: same\n  B:\n    arn: same\n", FlowMessages.InstanceDuplicate.Code, "queues" },
        { "queues: [1, 2\n", FlowMessages.InstanceYamlInvalid.Code, "(line" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Load_BadInput_ReportsCodeFileAndKeyPath(string yaml, string code, string field)
    {
        // Act
        var result = InstanceModelLoader.Load(Minimal + "\n" + yaml, "config/instance.yaml");

        // Assert
        result.Succeeded.ShouldBeFalse();
        var diagnostic = result.Diagnostics.First(d => d.IsError);
        diagnostic.Code.ShouldBe(code);
        diagnostic.File.ShouldBe("config/instance.yaml");
        diagnostic.Location.Field.ShouldNotBeNull().ShouldStartWith(field);
    }

    [Fact]
    public void Load_MissingInstance_ReportsMissingKey()
    {
        // Act
        var result = InstanceModelLoader.Load("queues: {}\n");

        // Assert
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(FlowMessages.InstanceMissingKey.Code);
    }

    [Fact]
    public void LoadFile_RepositoryInstance_LoadsTheSampleTenant()
    {
        // Arrange
        var path = Path.Combine(RepositoryRoot(), "config", "instance.yaml");

        // Act
        var result = InstanceModelLoader.LoadFile(path);

        // Assert
        result.Diagnostics.ShouldBeEmpty();
        var model = result.Value!;
        model.Queues.Select(q => q.Name).ShouldBe(["English", "Spanish", "French"]);
        model.FindQueue("arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-0000-0000-0000-000000000002")!.Name.ShouldBe("Spanish");
        model.FindFunction("arn:aws:lambda:us-east-1:123456789012:function:dcc-prod-GetDynAttributes")!.Name.ShouldBe("GetDynAttributes");
        model.FindFunction("arn:aws:lambda:us-east-1:123456789012:function:dcc-dev-GetPrompts")!.Name.ShouldBe("GetPrompts");
        foreach (var placeholder in new[] { "GetLambdasArn", "GetDynAttributesArn", "GetPromptsArn", "LanguageFlowArn", "MainFlowArn" })
        {
            model.ResolvePlaceholder(placeholder).ShouldNotBeNull(placeholder);
        }

        model.ResolvePlaceholder("MainFlowArn").ShouldBe(model.FindFlow("MainFlow")!.Arn);
        model.Queues.ShouldAllBe(q => model.AgentsFor(q, null).Any(a => a.Status == AgentStatus.Available));
    }

    [Fact]
    public void ResolvePlaceholder_ExplicitValueWinsThenFlowThenFunction()
    {
        // Arrange
        var model = InstanceModelLoader.Load(Minimal + """

            placeholders:
              MainFlowArn: explicit
            flows:
              MainFlow:
                arn: flow-arn
              Other:
                arn: other-arn
            functions:
              Fn:
                arn: fn-arn
            """).Value!;

        // Act / Assert
        model.ResolvePlaceholder("MainFlowArn").ShouldBe("explicit");
        model.ResolvePlaceholder("OtherArn").ShouldBe("other-arn");
        model.ResolvePlaceholder("Other").ShouldBe("other-arn");
        model.ResolvePlaceholder("FnArn").ShouldBe("fn-arn");
        model.ResolvePlaceholder("Nothing").ShouldBeNull();
    }

    [Fact]
    public void FindFunction_QualifiedArn_FindsUnqualifiedFunction()
    {
        // Arrange
        var model = InstanceModelLoader.Load(Minimal + "\nfunctions:\n  Fn:\n    arn: arn:aws:lambda:us-east-1:1:function:fn\n").Value!;

        // Act / Assert
        model.FindFunction("arn:aws:lambda:us-east-1:1:function:fn:live")!.Name.ShouldBe("Fn");
    }

    [Fact]
    public void AgentsFor_OverrideOnQueueWithoutAgents_AddsOneAgentInThatStatus()
    {
        // Arrange
        var model = InstanceModelLoader.Load(Minimal + "\nqueues:\n  Q:\n    arn: q-arn\n").Value!;

        // Act
        var agents = model.AgentsFor(model.Queues[0], new Dictionary<string, AgentStatus> { ["Q"] = AgentStatus.Available });

        // Assert
        agents.ShouldHaveSingleItem().Status.ShouldBe(AgentStatus.Available);
    }

    internal static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "DynamicContactCenter.slnx"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
