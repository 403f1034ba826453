using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DynamicContactCenter.Routing.SessionAttributes;

namespace DynamicContactCenter.Benchmarks.Micro;

/// <summary>The session-attribute fold every Connect function runs twice per invocation (the inherited session, then the response).</summary>
public class SessionFoldBenchmarks
{
    private JsonDocument _parameters = null!;
    private KeyValuePair<string, string>[] _result = null!;

    [GlobalSetup]
    public void Setup()
    {
        // GetPrompts' input in InitFlow: the session GetLambdas and GetDynAttributes built.
        _parameters = JsonDocument.Parse("""
            {"sessionAttributes":"{\"environment\":\"prod\",\"getDynamicAttributes\":\"arn:aws:lambda:us-east-1:123456789012:function:dcc-prod-GetDynAttributes\",\"getPrompts\":\"arn:aws:lambda:us-east-1:123456789012:function:dcc-prod-GetPrompts\",\"errorPrompt\":\"We are sorry, something went wrong.\",\"exitPrompt\":\"Thank you for calling Alpha to Zulu Corp. Goodbye.\",\"name\":\"Spanish line\",\"queue\":\"arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-0000-0000-0000-000000000002\",\"language\":\"Spanish\"}"}
            """);
        _result =
        [
            new("voice", "Lupe"), new("languageCode", "es-US"), new("introPrompt", "Gracias por llamar a Alpha to Zulu Corp."),
            new("recordingPrompt", "Esta llamada puede ser grabada."), new("waitPrompt", "Por favor espere."), new("holdPrompt", "Sigue en espera."),
            new("closedPrompt", "Estamos cerrados."), new("errorPrompt", "Lo sentimos."), new("exitPrompt", "Adiós."),
        ];
    }

    [GlobalCleanup]
    public void Cleanup() => _parameters.Dispose();

    /// <summary>Decode an 8-key session, add a 9-key result, write the response and the session JSON.</summary>
    [Benchmark]
    public string? Fold() => SessionAttributeFold.Fold(_parameters.RootElement, _result).ResponseJson;
}
