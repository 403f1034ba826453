using BenchmarkDotNet.Attributes;
using DynamicContactCenter.Flows.Expressions;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Benchmarks.Micro;

/// <summary>Condition evaluation (Compare, CheckHoursOfOperation, CheckStaffing branches): text equality and numeric comparison.</summary>
public class ConditionBenchmarks
{
    // Fields, not literals, so the JIT cannot fold the comparisons away.
    private string _language = "Spanish";
    private string _operand = "Spanish";
    private string _count = "42";
    private string _limit = "100";
    private string _reference = "$.External.getDynamicAttributes";

    [GlobalSetup]
    public void Setup()
    {
        _language = string.Concat("Span", "ish");
        _operand = "Spanish";
        _count = "42";
        _limit = "100";
        _reference = "$.External.getDynamicAttributes";
    }

    /// <summary>The common case: a text result against a text operand.</summary>
    [Benchmark]
    public bool TextEquals() => ConditionEvaluator.Holds(ConditionOperator.Equals, _language, _operand);

    /// <summary>A numeric comparison: both sides parsed as decimals.</summary>
    [Benchmark]
    public bool NumberLessThan() => ConditionEvaluator.Holds(ConditionOperator.NumberLessThan, _count, _limit);

    /// <summary>Parsing an attribute reference (every dynamic value goes through it).</summary>
    [Benchmark]
    public AttributePath? ParseReference() => AttributePath.ParseWhole(_reference);
}
