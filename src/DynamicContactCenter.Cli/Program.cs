using DynamicContactCenter.Cli;
using Spectre.Console;

// Composition root: the real console, the real environment, the current folder and the system clock. The one place the CLI
// reads them; every command reads them through CliContext, so a test can give it others.
#pragma warning disable RS0030 // The ambient console and environment are banned in commands, and read here to build their context.
var context = new CliContext(AnsiConsole.Console, Console.Error, Environment.GetEnvironmentVariable, Environment.CurrentDirectory)
{
    Clock = TimeProvider.System,
    TerminalWidth = Console.IsOutputRedirected ? null : AnsiConsole.Console.Profile.Width,
};
#pragma warning restore RS0030
return await DccApp.RunAsync(args, context, CancellationToken.None);
