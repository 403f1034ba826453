namespace DynamicContactCenter.Storage.Config;

/// <summary>What happened when one planned row change was written.</summary>
public enum RowWriteOutcome
{
    /// <summary>The row held what the plan saw and now holds what the file says.</summary>
    Written,

    /// <summary>The row already held what the file says (an earlier, interrupted apply wrote it): nothing to do.</summary>
    AlreadyApplied,

    /// <summary>The row holds something the plan did not see (a concurrent edit): it was left as it is.</summary>
    Conflict,
}
