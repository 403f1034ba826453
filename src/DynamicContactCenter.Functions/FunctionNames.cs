using System.Collections.Immutable;

namespace DynamicContactCenter.Functions;

/// <summary>The four functions one <c>bootstrap</c> serves, named by <c>_HANDLER</c> (DESIGN.md §4).</summary>
public static class FunctionNames
{
    /// <summary>Environment → function ARNs + default error/exit prompts.</summary>
    public const string GetLambdas = "GetLambdas";
    /// <summary>Dialed number → name, queue, language.</summary>
    public const string GetDynAttributes = "GetDynAttributes";
    /// <summary>Language → prompts, voice, language code.</summary>
    public const string GetPrompts = "GetPrompts";
    /// <summary>The CloudFormation custom resource that seeds the tables.</summary>
    public const string SeedTables = "SeedTables";
    /// <summary>The CloudFormation custom resource that points the routing file's numbers at the Init flow.</summary>
    public const string AssociatePhoneNumbers = "AssociatePhoneNumbers";

    /// <summary>All of them, in the order a stack uses them.</summary>
    public static ImmutableArray<string> All { get; } = [GetLambdas, GetDynAttributes, GetPrompts, SeedTables, AssociatePhoneNumbers];

    /// <summary>The canonical name for a handler setting, or null when it names none of the four.</summary>
    /// <remarks>Case and <c>-</c>/<c>_</c> are ignored, a <c>module.function</c> suffix is dropped (the sample's Python style,
    /// <c>getPrompts.lambda_handler</c>), and <c>GetDynamicAttributes</c> is accepted for GetDynAttributes.</remarks>
    public static string? Resolve(string? handler)
    {
        if (string.IsNullOrWhiteSpace(handler))
        {
            return null;
        }

        var name = handler.Trim();
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            name = name[..dot];
        }

        var key = name.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        if (key.Equals("GetDynamicAttributes", StringComparison.OrdinalIgnoreCase))
        {
            return GetDynAttributes;
        }

        return All.FirstOrDefault(n => n.Equals(key, StringComparison.OrdinalIgnoreCase));
    }
}
