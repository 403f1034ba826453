using DynamicContactCenter.Functions;
using DynamicContactCenter.Functions.Configuration;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Runtime;

// The composition root of the one AOT `bootstrap` (DESIGN.md §4): everything ambient (environment, console, clock) is read
// here and handed down, so the rest is testable.
#pragma warning disable RS0030 // Console: the process's stdout (log lines) and stderr are wired here, and only here.
var stdout = Console.Out;
var stderr = Console.Error;
#pragma warning restore RS0030

var (settings, errors) = FunctionSettings.Read(new ProcessEnvironmentVariables());
if (settings.RuntimeApi is null)
{
    await stderr.WriteLineAsync($"{SettingNames.RuntimeApi} is not set: this program is a Lambda custom runtime and must run under the Lambda Runtime API (or `dcc invoke`).");
    return 2;
}

using var client = new RuntimeApiClient(settings.RuntimeApi);
try
{
    return await LambdaEntryPoint.RunAsync(settings, errors, client, stdout, stderr, TimeProvider.System, CancellationToken.None);
}
#pragma warning disable CA1031 // The last guard: an exception escaping here would abort the process (SIGABRT, exit 134) with a stack dump.
catch (Exception exception)
#pragma warning restore CA1031
{
    await stderr.WriteLineAsync(FunctionMessages.RuntimeUnexpected.CodedMessage(
        exception.GetType().Name, LoggedText.Cap(exception.Message), RuntimeExitCodes.Unexpected));
    return RuntimeExitCodes.Unexpected;
}
