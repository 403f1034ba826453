using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace DynamicContactCenter.Cli.Packaging.Tenant;

/// <summary>
/// The per-tenant regions of the source template: lines from <c># dcc-generated: NAME ...</c> to <c># dcc-generated-end: NAME</c>,
/// which <c>dcc package</c> replaces with what <see cref="TenantTemplate"/> generates from the routing file and the instance
/// model. The source template holds the sample tenant's rendering, so it stays a template cfn-lint and a reader can check.
/// </summary>
internal static partial class GeneratedRegions
{
    /// <summary>The Metadata parameter groups of the numbers (and queues).</summary>
    public const string LineGroups = "line-groups";

    /// <summary>DefaultLanguage's AllowedValues, Default and ConstraintDescription.</summary>
    public const string DefaultLanguage = "default-language";

    /// <summary>One phone-number parameter per dialed number, one queue-ARN parameter per queue (existing queues).</summary>
    public const string LineParameters = "line-parameters";

    /// <summary>The DefaultIs{Language} conditions the default row's queue is chosen by.</summary>
    public const string DefaultConditions = "default-conditions";

    /// <summary>The seeder's DialedNumbers rows.</summary>
    public const string RoutingRows = "routing-rows";

    /// <summary>The queues and hours of operation the stack creates (empty for existing queues).</summary>
    public const string InstanceResources = "instance-resources";

    /// <summary>The numbers the association custom resource points at the InitFlow: every phone-number parameter.</summary>
    public const string WiredNumbers = "wired-numbers";

    /// <summary>Every region name, in the order they appear in the template.</summary>
    public static ImmutableArray<string> All { get; } = [LineGroups, DefaultLanguage, LineParameters, DefaultConditions, RoutingRows, InstanceResources, WiredNumbers];

    /// <summary>The regions of <paramref name="text"/>; <paramref name="problems"/> names a region that is not closed or not known.</summary>
    public static ImmutableArray<GeneratedRegion> Find(string text, out ImmutableArray<string> problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        var regions = ImmutableArray.CreateBuilder<GeneratedRegion>();
        var found = ImmutableArray.CreateBuilder<string>();
        foreach (Match begin in Begin().Matches(text))
        {
            var name = begin.Groups["name"].Value;
            var contentStart = begin.Index + begin.Length + 1;
            var end = new Regex($@"^[ \t]*# dcc-generated-end: {Regex.Escape(name)}[ \t]*$", RegexOptions.Multiline, TimeSpan.FromSeconds(1))
                .Match(text, Math.Min(contentStart, text.Length));
            if (!All.Contains(name))
            {
                found.Add($"'{name}' is not a region dcc package generates (expected one of {string.Join(", ", All)})");
            }
            else if (!end.Success)
            {
                found.Add($"'{name}' has no closing line '# dcc-generated-end: {name}'");
            }
            else
            {
                regions.Add(new GeneratedRegion(name, new TextSpan(contentStart, end.Index), begin.Groups["indent"].Value.Length));
            }
        }

        problems = found.ToImmutable();
        return regions.ToImmutable();
    }

    [GeneratedRegex(@"^(?<indent>[ \t]*)# dcc-generated: (?<name>[a-z-]+)\b.*$", RegexOptions.Multiline, 1000)]
    private static partial Regex Begin();
}

/// <summary>A generated region of the source template.</summary>
/// <param name="Name">Which part (<see cref="GeneratedRegions.All"/>).</param>
/// <param name="Content">The lines between the opening and closing comments (each ends with its line break).</param>
/// <param name="Indent">The column of the opening comment: the generated lines are indented as much.</param>
internal sealed record GeneratedRegion(string Name, TextSpan Content, int Indent);
