using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Parsing;
using DynamicContactCenter.Flows.Scenarios;
using DynamicContactCenter.Routing.Yaml;
using DynamicContactCenter.Storage.Yaml;
using DynamicContactCenter.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DynamicContactCenter.Flows.Tests.Properties;

/// <summary>
/// The standing fuzz test of issue #10: hostile mutations of the shipped flows, routing, instance and scenario files (deep
/// nesting, huge scalars, controls, lone surrogates, bad UTF-8, aliases) give a valid result or a coded error, never an
/// exception, each within a time bound. Sized to run in a few seconds in CI.
/// </summary>
public sealed class HostileInputProperties
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(3);
    private static readonly string[] Flows = [.. Directory.GetFiles(RepositoryPaths.Flows, "*.json").Order().Select(File.ReadAllText)];
    private static readonly string[] Scenarios = [.. Directory.GetFiles(RepositoryPaths.Scenarios, "*.yaml").Order().Select(File.ReadAllText)];
    private static readonly string Routing = File.ReadAllText(RepositoryPaths.RoutingYaml);
    private static readonly string Instance = File.ReadAllText(RepositoryPaths.Combine("config", "instance.yaml"));

    private static Arbitrary<(int Seed, int Kind, int Position, int Size)> Mutations =>
        Gen.Zip(Gen.Zip(Gen.Choose(0, 100), Gen.Choose(0, HostileMutation.Kinds - 1)), Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, int.MaxValue)))
            .Select(t => (t.Item1.Item1, t.Item1.Item2, t.Item2.Item1, t.Item2.Item2)).ToArbitrary();

    [Property(MaxTest = 150)]
    public Property FlowParse_HostileMutation_ModelOrCodedError() =>
        Prop.ForAll(Mutations, m =>
        {
            var text = HostileMutation.Apply(Flows[m.Seed % Flows.Length], m.Kind, m.Position, m.Size);
            var result = Within(() => FlowParser.Parse(text, "flows/Fuzz.json"));
            return result.Succeeded || result.Diagnostics.Any(d => d.IsError && d.Code.StartsWith("DCC", StringComparison.Ordinal));
        });

    [Property(MaxTest = 150)]
    public Property RoutingLoad_HostileMutation_DataOrCodedError() =>
        Prop.ForAll(Mutations, m =>
        {
            var text = HostileMutation.Apply(Routing, m.Kind, m.Position, m.Size);
            var result = Within(() => RoutingYamlLoader.Load(text, "config/routing.yaml"));
            return result.Succeeded || result.Diagnostics.Any(d => d.IsError && d.Code.StartsWith("DCC", StringComparison.Ordinal));
        });

    [Property(MaxTest = 150)]
    public Property ScenarioParse_HostileMutation_ScenariosOrCodedError() =>
        Prop.ForAll(Mutations, m =>
        {
            var text = HostileMutation.Apply(Scenarios[m.Seed % Scenarios.Length], m.Kind, m.Position, m.Size);
            var result = Within(() => ScenarioParser.Parse(text, "scenarios/fuzz.yaml"));
            return result.Succeeded || result.Diagnostics.Any(d => d.IsError && d.Code.StartsWith("DCC", StringComparison.Ordinal));
        });

    [Property(MaxTest = 100)]
    public Property InstanceLoad_HostileMutation_ModelOrCodedError() =>
        Prop.ForAll(Mutations, m =>
        {
            var text = HostileMutation.Apply(Instance, m.Kind, m.Position, m.Size);
            var result = Within(() => InstanceModelLoader.Load(text, "config/instance.yaml"));
            return result.Succeeded || result.Diagnostics.Any(d => d.IsError && d.Code.StartsWith("DCC", StringComparison.Ordinal));
        });

    [Property(MaxTest = 100)]
    public bool Decode_BadUtf8AnywhereInAShippedFile_IsRefusedWithALine(int position, int which)
    {
        var bytes = HostileMutation.WithBadByte(Routing, position, which);
        var refusal = SafeYaml.Decode(bytes, "config/routing.yaml", out _);
        return refusal is { Code: "DCC1064", Line: > 0 };
    }

    /// <summary>Runs <paramref name="read"/> on a worker and fails the property (not the run) when it passes the bound.</summary>
    private static T Within<T>(Func<T> read) =>
        Task.Run(read).WaitAsync(Bound).GetAwaiter().GetResult();
}
