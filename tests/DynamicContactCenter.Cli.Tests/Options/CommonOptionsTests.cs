using System.CommandLine;
using Spectre.Console.Testing;

namespace DynamicContactCenter.Cli.Tests.Options;

/// <summary>Issue #11: <c>--instance</c>, <c>--routing</c> and <c>--json</c> are defined once (Cli/Options/CommonOptions), so every
/// command that takes one shows the same name and the same help.</summary>
[Trait("Issue", "11")]
public sealed class CommonOptionsTests
{
    public static TheoryData<string, string[]> SharedOptions => new()
    {
        { "--instance", ["dcc call", "dcc test", "dcc lint", "dcc graph", "dcc explore", "dcc config plan"] },
        { "--routing", ["dcc call", "dcc invoke", "dcc test", "dcc lint", "dcc graph", "dcc explore"] },
        { "--json", ["dcc call", "dcc invoke", "dcc lint"] },
    };

    [Theory]
    [MemberData(nameof(SharedOptions))]
    public void Help_SharedOption_ReadsTheSameInEveryCommandThatTakesIt(string name, string[] expectedCommands)
    {
        // Arrange
        using var error = new StringWriter();
        var root = DccApp.Build(new CliContext(new TestConsole(), error, _ => null, Directory.GetCurrentDirectory()));

        // Act
        var declared = Commands(root, "dcc")
            .SelectMany(c => c.Command.Options.Where(o => o.Name == name).Select(o => (c.Path, o.Description, o.HelpName)))
            .ToList();

        // Assert
        declared.Select(d => d.Path).ShouldBe(expectedCommands, ignoreOrder: true);
        declared.Select(d => (d.Description, d.HelpName)).Distinct().ShouldHaveSingleItem($"{name} has one help text in every command");
    }

    private static IEnumerable<(string Path, Command Command)> Commands(Command command, string path) =>
        [(path, command), .. command.Subcommands.SelectMany(c => Commands(c, path + " " + c.Name))];
}
