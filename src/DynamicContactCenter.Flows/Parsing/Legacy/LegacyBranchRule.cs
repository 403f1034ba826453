namespace DynamicContactCenter.Flows.Parsing.Legacy;

/// <summary>What one legacy branch condition becomes in flow language.</summary>
internal abstract record LegacyBranchRule
{
    /// <summary>The success branch: <c>NextAction</c>.</summary>
    public sealed record Next : LegacyBranchRule;

    /// <summary>An <c>Errors</c> entry of this ErrorType.</summary>
    public sealed record Error(string ErrorType) : LegacyBranchRule;

    /// <summary>A <c>Conditions</c> entry with a fixed operator and operand (True/False, Timeout on a loop...).</summary>
    public sealed record Fixed(string Operator, string Operand) : LegacyBranchRule;

    /// <summary>A <c>Conditions</c> entry from the branch's own <c>conditionType</c> and <c>conditionValue</c>.</summary>
    public sealed record Evaluate : LegacyBranchRule;

    /// <summary>A percentage branch: its <c>conditionValue</c> is this branch's share; flow language writes the running upper bound
    /// <c>NumberLessThan (1 + sum so far)</c>, as the same AWS sample exported in both formats shows.</summary>
    public sealed record Percentage : LegacyBranchRule;

    public static LegacyBranchRule Success { get; } = new Next();
    public static LegacyBranchRule NoMatchingError { get; } = new Error("NoMatchingError");
    public static LegacyBranchRule NoMatchingCondition { get; } = new Error("NoMatchingCondition");
    public static LegacyBranchRule Compare { get; } = new Evaluate();
}
