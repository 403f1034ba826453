using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Scenarios;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Flows.Tests.Hostile;

/// <summary>Issue #10 items 6 and 12 for the scenario and instance readers: a clean coded error naming file and line, within a second.</summary>
public sealed class HostileYamlReaderTests
{
    [Theory]
    [InlineData(9)]
    [InlineData(24)]
    public async Task ScenarioParse_AliasBomb_IsACleanErrorBeforeAnyDocumentIsBuilt(int depth)
    {
        // Act (the 10 s wait is a hang guard, not a speed check: the refusal code shows the alias cap fired before a document was built)
        var result = await Task.Run(() => ScenarioParser.Parse(HostileYaml.AliasBomb(depth), "scenarios/bomb.yaml")).WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        result.Value.ShouldBeNull();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe("DCC1062");
        error.File.ShouldBe("scenarios/bomb.yaml");
        error.Line.ShouldNotBeNull();
    }

    [Theory]
    [InlineData(9)]
    [InlineData(24)]
    public async Task InstanceLoad_AliasBomb_IsACleanErrorBeforeAnyDocumentIsBuilt(int depth)
    {
        // Act (the 10 s wait is a hang guard, not a speed check: the refusal code shows the alias cap fired before a document was built)
        var result = await Task.Run(() => InstanceModelLoader.Load(HostileYaml.AliasBomb(depth), "config/instance.yaml")).WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        result.Value.ShouldBeNull();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe("DCC1062");
        error.File.ShouldBe("config/instance.yaml");
        error.Location.Line.ShouldNotBeNull();
    }

    [Fact]
    public void ScenarioParseFile_ByteThatIsNotUtf8_IsAnErrorNamingFileAndLine()
    {
        // Arrange
        var path = Path.Combine(Path.GetTempPath(), $"scenario-{Guid.NewGuid():N}.yaml");
        File.WriteAllBytes(path, HostileYaml.WithInvalidUtf8("scenarios:\n  - name: open\n", "    call: { number: \"+1444333"));

        try
        {
            // Act
            var result = ScenarioParser.ParseFile(path, "scenarios/open.yaml");

            // Assert
            result.Value.ShouldBeNull();
            var error = result.Diagnostics.ShouldHaveSingleItem();
            error.Code.ShouldBe("DCC1064");
            error.File.ShouldBe("scenarios/open.yaml");
            error.Line.ShouldBe(3);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void InstanceLoadFile_ByteThatIsNotUtf8_IsAnErrorNamingFileAndLine()
    {
        // Arrange
        var path = Path.Combine(Path.GetTempPath(), $"instance-{Guid.NewGuid():N}.yaml");
        File.WriteAllBytes(path, HostileYaml.WithInvalidUtf8("instance:\n  arn: arn:aws:connect:us-east-1:1:instance/i\n", "queues: { Q"));

        try
        {
            // Act
            var result = InstanceModelLoader.LoadFile(path);

            // Assert
            result.Value.ShouldBeNull();
            var error = result.Diagnostics.ShouldHaveSingleItem();
            error.Code.ShouldBe("DCC1064");
            error.File.ShouldBe(path);
            (error.Location.Field, error.Location.Line).ShouldBe(("(document)", 3L));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
