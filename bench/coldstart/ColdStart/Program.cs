using System.Diagnostics;
using System.Globalization;
using DynamicContactCenter.LocalLambda;

// Usage: ColdStart <runs> <label>=<bootstrap path> [<label>=<path> ...]
// For each bootstrap, <runs> times: start the process behind a fresh local Runtime API with one event already queued, and
// time from process start to the posted response (init + first invocation). Prints the median per bootstrap, one line each.
if (args.Length < 2 || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var runs) || runs < 1)
{
    Console.Error.WriteLine("usage: ColdStart <runs> <label>=<bootstrap or bootstrap.dll> ...");
    return 2;
}

const string Event = """
{"Name":"ContactFlowEvent","Details":{"ContactData":{"ContactId":"bench","Attributes":{"Language":"Spanish"},
"SystemEndpoint":{"Address":"+14443331111","Type":"TELEPHONE_NUMBER"}},"Parameters":{"environment":"prod"}}}
""";

foreach (var target in args.Skip(1))
{
    var (label, path) = target.Split('=', 2) is [var l, var p] ? (l, p) : (Path.GetFileName(target), target);
    var samples = new List<double>();
    for (var run = 0; run < runs; run++)
    {
        var clock = Stopwatch.StartNew();
        await using var process = LambdaProcess.Start(new LambdaProcessOptions { ExecutablePath = path, Handler = "GetPrompts" });
        var result = await process.InvokeAsync(Event, new LocalInvocationOptions { Timeout = TimeSpan.FromSeconds(60) });
        clock.Stop();
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"{label}: run {run + 1} failed: {result.ErrorType}: {result.ErrorMessage}");
            return 1;
        }

        samples.Add(clock.Elapsed.TotalMilliseconds);
    }

    samples.Sort();
    var median = samples.Count % 2 == 1 ? samples[samples.Count / 2] : (samples[(samples.Count / 2) - 1] + samples[samples.Count / 2]) / 2;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label,-4} cold start (process start -> first response, GetPrompts, embedded data): median {median:F1} ms over {runs} runs (min {samples[0]:F1}, max {samples[^1]:F1})"));
}

return 0;
