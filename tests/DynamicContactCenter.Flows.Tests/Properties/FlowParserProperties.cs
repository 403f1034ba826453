using DynamicContactCenter.Flows.Parsing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Properties;

public sealed class FlowParserProperties
{
    private static readonly string Valid = Flow(
        Act("Check", "Compare", """{"ComparisonValue":"$.Attributes.x"}""", "Bye", [Cond("Equals", "1", "Bye")], [Err("NoMatchingCondition", "Bye")]), Disconnect("Bye"));

    [Property(MaxTest = 500)]
    public bool Parse_AnyText_GivesModelOrDiagnosticsNeverThrows(string text)
    {
        var result = FlowParser.Parse(text ?? "");
        return result.Succeeded != result.Diagnostics.Any(d => d.IsError);
    }

    [Property(MaxTest = 1000)]
    public Property Parse_MutatedValidFlow_GivesModelOrErrors() =>
        Prop.ForAll(Gen.Choose(0, Valid.Length - 1).ToArbitrary(), Gen.Elements('{', '}', '"', ',', ':', '[', ']', 'x', '1', ' ').ToArbitrary(),
            (index, replacement) =>
            {
                var mutated = Valid[..index] + replacement + Valid[(index + 1)..];
                var result = FlowParser.Parse(mutated);
                return result.Succeeded ? result.Value!.FindAction(result.Value.StartAction) is not null : result.Diagnostics.Any(d => d.IsError);
            });
}
