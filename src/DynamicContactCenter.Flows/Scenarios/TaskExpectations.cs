using System.Collections.Immutable;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Routing.Yaml;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>A scenario's <c>expect.tasks</c>: every task the call creates, in order and nothing else. Each is the task's name, or
/// <c>{name, flow}</c>. Read and checked here so that the expectation reader and the checker each gain one line.</summary>
internal static class TaskExpectations
{
    private const string Key = "expect.tasks";
    private const string ItemExpected = "a task name, or {name, flow}";

    public static ImmutableArray<TaskExpectation> Read(ScenarioYamlReader reader, YamlNode node)
    {
        var tasks = ImmutableArray.CreateBuilder<TaskExpectation>();
        if (reader.Sequence(node, Key, "a list of task names, or {name, flow}") is not { } list) return tasks.ToImmutable();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var key = $"{Key}[{i}]";
            switch (list.Children[i])
            {
                case YamlScalarNode scalar:
                    tasks.Add(new TaskExpectation(scalar.Value ?? "", null));
                    break;
                case YamlMappingNode map:
                    reader.OnlyKnownKeys(map, key, "name", "flow");
                    var name = reader.Scalar(map, "name", key + ".name", "the task's name");
                    var flow = reader.Scalar(map, "flow", key + ".flow", "the task flow's name or ARN");
                    if (name is null) reader.Report(ScenarioMessages.MissingKey, key + ".name", map, key + ".name", "the task's name");
                    else tasks.Add(new TaskExpectation(name, flow));
                    break;
                default:
                    reader.Report(ScenarioMessages.InvalidValue, key, list.Children[i], "a list", key, ItemExpected);
                    break;
            }
        }

        return tasks.ToImmutable();
    }

    public static void Check(ImmutableArray<TaskExpectation> expected, CallResult result, ImmutableArray<ExpectationFailure>.Builder failures)
    {
        var created = result.Tasks.ToList();
        for (var i = 0; i < Math.Max(expected.Length, created.Count); i++)
        {
            var actual = i < created.Count ? $"{created[i].Name} in {created[i].ContactFlow}" : "(nothing)";
            if (i >= expected.Length)
            {
                failures.Add(new($"tasks[{i}]", "(nothing)", actual));
                continue;
            }

            var e = expected[i];
            var ok = i < created.Count && created[i].Name == e.Name && (e.Flow is null || e.Flow == created[i].ContactFlow || e.Flow == created[i].ContactFlowArn);
            if (!ok) failures.Add(new($"tasks[{i}]", e.ToString(), actual));
        }
    }
}
