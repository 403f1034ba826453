using System.Diagnostics.CodeAnalysis;

namespace DynamicContactCenter.Storage.Config;

/// <summary>The outcome of applying a plan: how far it got, and the row that had changed since the plan if it stopped there.</summary>
/// <param name="Total">How many changes the plan has.</param>
/// <param name="Written">How many changes were written.</param>
/// <param name="AlreadyApplied">How many changes were found already in place (written by an earlier, interrupted apply).</param>
/// <param name="Conflict">The change whose row no longer held what the plan saw; the apply stopped before it. Null when none.</param>
/// <param name="ConflictTableName">The physical table name of <paramref name="Conflict"/>'s row, for the message.</param>
public sealed record ApplyResult(int Total, int Written, int AlreadyApplied, RowChange? Conflict, string? ConflictTableName = null)
{
    /// <summary>Whether every change is now in place.</summary>
    [MemberNotNullWhen(false, nameof(Conflict))]
    public bool Succeeded => Conflict is null;

    /// <summary>The stable code of a conflict (<c>DCC1401</c>).</summary>
    public static string ConflictCode => ConfigMessages.ChangedSincePlanCode;

    /// <summary>What went wrong and what to do, when <see cref="Succeeded"/> is false; null otherwise.</summary>
    public string? ConflictMessage => Conflict is null
        ? null
        : ConfigMessages.ChangedSincePlanCode + ": " + ConfigMessages.Format(
            ConfigMessages.ChangedSincePlan, Conflict.Table, ConflictTableName ?? Conflict.Table.ToString(), Conflict.Key, Written + AlreadyApplied, Total);
}
