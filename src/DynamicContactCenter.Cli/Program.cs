using DynamicContactCenter.Cli;
using Spectre.Console;

// Composition root: the real console, the real environment and the current folder.
var context = new CliContext(AnsiConsole.Console, Console.Error, Environment.GetEnvironmentVariable, Environment.CurrentDirectory);
return await DccApp.RunAsync(args, context, CancellationToken.None);
