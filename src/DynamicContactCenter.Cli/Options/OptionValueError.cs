using System.CommandLine.Parsing;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Cli.Options;

/// <summary>Reports a refused option value as a parse error: exit 2, and with <c>--json</c> the error document carries the code.</summary>
internal static class OptionValueError
{
    /// <summary>Adds "error CODE: OPTION 'VALUE' is not valid: expected ..." to <paramref name="result"/>.</summary>
    public static void Add(ArgumentResult result, DiagnosticDescriptor descriptor, string value, string expected)
    {
        var name = result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
        result.AddError(CliMessages.Format(descriptor, name, value, expected));
    }
}
