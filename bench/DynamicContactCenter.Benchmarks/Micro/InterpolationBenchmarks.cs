using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DynamicContactCenter.Flows.Catalog;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;

namespace DynamicContactCenter.Benchmarks.Micro;

/// <summary>Text interpolation as the interpreter does it for prompt text and attribute values (CallContext.Interpolate).</summary>
public class InterpolationBenchmarks
{
    private CallContext _context = null!;
    private JsonDocument _external = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot.Find();
        var model = InstanceModelLoader.LoadFile(Path.Combine(root, "config", "instance.yaml")).Value!;
        var catalog = new FlowCatalog(model);
        var request = new CallRequest("+14443331111", CallRequest.DefaultCallerNumber, new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero));
        _context = new CallContext(request, model, catalog, new NoFunctions(), InterpreterOptions.Default, new LambdaFunctionResolver(model));
        var flow = catalog.Resolve("LanguageFlow").Flow!;
        _external = JsonDocument.Parse("""
            {"name":"Spanish line","language":"Spanish","voice":"Lupe","languageCode":"es-US","introPrompt":"Gracias por llamar a Alpha to Zulu Corp.",
             "errorPrompt":"Lo sentimos.","exitPrompt":"Adiós."}
            """);
        _context.Run = new FlowRun(FlowBinder.Bind(flow, null, "CONTACT_FLOW", _ => null), null, null) { External = _external.RootElement };
        _context.Attributes["name"] = "Spanish line";
    }

    [GlobalCleanup]
    public void Cleanup() => _external.Dispose();

    /// <summary>A prompt that is one reference (what the shipped flows' MessageParticipant blocks hold).</summary>
    [Benchmark]
    public string OneReference() => _context.Interpolate("$.External.introPrompt", "Text");

    /// <summary>Free text with three references into three namespaces.</summary>
    [Benchmark]
    public string MixedText() => _context.Interpolate("You called $.Attributes.name at $.SystemEndpoint.Address; we speak $.External.language.", "Text");

    /// <summary>Plain text without references (the fast path).</summary>
    [Benchmark]
    public string PlainText() => _context.Interpolate("Please hold while we connect you.", "Text");

    private sealed class NoFunctions : ILambdaInvoker
    {
        public Task<LambdaInvocationResult> InvokeAsync(string functionArn, string eventJson, TimeSpan timeLimit, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Interpolation calls no function.");
    }
}
