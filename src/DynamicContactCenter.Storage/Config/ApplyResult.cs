namespace DynamicContactCenter.Storage.Config;

/// <summary>The outcome of applying a plan: how far it got, and why it stopped if it did.</summary>
/// <param name="Total">How many changes the plan has.</param>
/// <param name="Written">How many changes were written.</param>
/// <param name="AlreadyApplied">How many changes were found already in place (written by an earlier, interrupted apply).</param>
/// <param name="Conflict">The change whose row no longer held what the plan saw; the apply stopped before it. Null when none.</param>
/// <param name="ConflictTableName">The physical table name of <paramref name="Conflict"/>'s row, for the message.</param>
/// <param name="Refusal">
/// Why the apply stopped when it was not one row's conflict: another apply holds the lock (DCC1410), the tables changed
/// since the plan (DCC1411), or the lock was lost (DCC1412); the full message with its code. Null when none.
/// </param>
public sealed record ApplyResult(int Total, int Written, int AlreadyApplied, RowChange? Conflict, string? ConflictTableName = null, string? Refusal = null)
{
    /// <summary>Whether every change is now in place.</summary>
    public bool Succeeded => Conflict is null && Refusal is null;

    /// <summary>The stable code of a conflict (<c>DCC1401</c>).</summary>
    public static string ConflictCode => ConfigMessages.ChangedSincePlan.Code;

    /// <summary>What went wrong and what to do, starting with its code, when <see cref="Succeeded"/> is false; null otherwise.</summary>
    public string? ConflictMessage => Refusal ?? (Conflict is null
        ? null
        : ConfigMessages.ChangedSincePlan.CodedMessage(Conflict.Table, ConflictTableName ?? Conflict.Table.ToString(), Conflict.Key, Written + AlreadyApplied, Total));
}
