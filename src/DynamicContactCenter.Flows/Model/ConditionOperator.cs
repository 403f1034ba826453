namespace DynamicContactCenter.Flows.Model;

/// <summary>The eight flow-language condition operators.</summary>
public enum ConditionOperator
{
    /// <summary>Case-sensitive string equality.</summary>
    Equals,
    /// <summary>The result starts with the operand.</summary>
    TextStartsWith,
    /// <summary>The result ends with the operand.</summary>
    TextEndsWith,
    /// <summary>The result contains the operand.</summary>
    TextContains,
    /// <summary>Numeric &gt;; false when either side is not a number.</summary>
    NumberGreaterThan,
    /// <summary>Numeric &gt;=; false when either side is not a number.</summary>
    NumberGreaterOrEqualTo,
    /// <summary>Numeric &lt;; false when either side is not a number.</summary>
    NumberLessThan,
    /// <summary>Numeric &lt;=; false when either side is not a number.</summary>
    NumberLessOrEqualTo,
}
