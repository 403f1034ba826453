using System.Text.Json;
using System.Text.RegularExpressions;

namespace DynamicContactCenter.Cli.Tests.Errors;

/// <summary>Issue #10 item 15: whenever <c>--json</c> is given, stdout is one JSON document, errors included:
/// <c>{"error": {"code", "message", "file", "line", "details"}}</c>.</summary>
public sealed partial class JsonErrorTests : IDisposable
{
    private static readonly string Folder = Directory.CreateTempSubdirectory("dcc-json-").FullName;
    private static readonly string BadRouting = Write("bad-routing.yaml", "organisation: Acme\ndefaultLanguage: [1, 2]\n");
    private static readonly string BadInstance = Write("bad-instance.yaml", "queues: {\n");

    public void Dispose()
    {
        // The files are shared by every case of the table; the folder is removed with the temp folder.
    }

    private static string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [GeneratedRegex(@"^DCC\d{4}$")]
    private static partial Regex Code();

    public static TheoryData<string[], string> Cases() => new()
    {
        { ["call", "+14443331111", "--json", "--at", "yesterday"], "yesterday" },
        { ["call", "+14443331111", "--json", "--routing", BadRouting], BadRouting },
        { ["call", "+14443331111", "--json", "--instance", BadInstance], BadInstance },
        { ["call", "+14443331111", "--json", "--functions", "process", "--bootstrap", "/nonexistent/bootstrap"], "/nonexistent/bootstrap" },
        { ["call", "--json"], "call" },
        { ["call", "+14443331111", "--json", "--colour", "blue"], "--colour" },
        { ["lint", "--json", "--routing", "/nonexistent/routing.yaml"], "/nonexistent/routing.yaml" },
        { ["lint", "--json", "--instance", BadInstance], BadInstance },
        { ["lint", "--json", "--colour"], "--colour" },
        { ["invoke", "GetWeather", "--json"], "GetWeather" },
        { ["invoke", "GetPrompts", "--json", "--event", "/nonexistent/event.json"], "/nonexistent/event.json" },
        { ["invoke", "GetPrompts", "--json", "--routing", BadRouting], BadRouting },
        { ["invoke", "GetPrompts", "--json", "--event", Folder], Folder },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Json_InputError_StdoutIsOneErrorDocumentAndExitTwo(string[] args, string named)
    {
        // Act
        var run = await DccRun.RunAsync(args);

        // Assert
        run.ExitCode.ShouldBe(2, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        var error = document.RootElement.GetProperty("error");
        Code().IsMatch(error.GetProperty("code").GetString()!).ShouldBeTrue(run.Output);
        var message = error.GetProperty("message").GetString()!;
        (message + string.Join('\n', error.GetProperty("details").EnumerateArray().Select(d => d.GetString()))).ShouldContain(named);
        run.Output.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Json_RoutingFileError_NamesFileAndLineInTheDocument()
    {
        // Act
        var run = await DccRun.RunAsync("invoke", "GetPrompts", "--json", "--routing", BadRouting);

        // Assert
        using var document = JsonDocument.Parse(run.Output);
        var error = document.RootElement.GetProperty("error");
        error.GetProperty("file").GetString().ShouldBe(BadRouting);
        error.GetProperty("line").GetInt64().ShouldBe(2);
    }

    [Fact]
    public async Task Json_ParseError_HasTheUsageCode()
    {
        // Act
        var run = await DccRun.RunAsync("invoke", "GetPrompts", "--json", "--number");

        // Assert
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("error").GetProperty("code").GetString().ShouldBe("DCC4601");
    }

    [Fact]
    public async Task NoJson_InputError_StdoutStaysEmpty()
    {
        // Act
        var run = await DccRun.RunAsync("invoke", "GetWeather");

        // Assert
        run.ExitCode.ShouldBe(2);
        run.Output.ShouldBeEmpty();
    }
}
