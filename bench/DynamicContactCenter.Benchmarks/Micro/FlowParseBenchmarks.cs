using BenchmarkDotNet.Attributes;
using DynamicContactCenter.Flows.Parsing;

namespace DynamicContactCenter.Benchmarks.Micro;

/// <summary>Parsing each shipped flow from its JSON text (done once per flow and process by the catalog, so not per call).</summary>
public class FlowParseBenchmarks
{
    private string _json = "";

    [Params("InitFlow", "LanguageFlow", "MainFlow")]
    public string Flow { get; set; } = "InitFlow";

    [GlobalSetup]
    public void Setup() => _json = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "flows", Flow + ".json"));

    [Benchmark]
    public bool Parse() => FlowParser.Parse(_json, Flow + ".json").Succeeded;
}
