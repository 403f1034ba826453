using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Storage;

namespace DynamicContactCenter.Cli.Calls;

/// <summary>How the CLI runs the functions in-process: with the routing file's default language, as the deployed stack passes it
/// (DEFAULT_LANGUAGE); a DynamoDB store carries no such setting, so the functions' own default applies.</summary>
internal static class HostOptions
{
    public static FunctionHostOptions For(IRoutingStore store) =>
        store is InMemoryRoutingStore { Data.DefaultLanguage: { } language } ? new FunctionHostOptions { DefaultLanguage = language } : new FunctionHostOptions();
}
