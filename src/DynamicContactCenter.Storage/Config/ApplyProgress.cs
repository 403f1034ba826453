namespace DynamicContactCenter.Storage.Config;

/// <summary>One row change of an apply has been handled.</summary>
/// <param name="Done">How many changes are handled so far, this one included.</param>
/// <param name="Total">How many changes the plan has.</param>
/// <param name="Change">The change just handled.</param>
/// <param name="Outcome">Whether it was written or was already in place.</param>
public sealed record ApplyProgress(int Done, int Total, RowChange Change, RowWriteOutcome Outcome);
