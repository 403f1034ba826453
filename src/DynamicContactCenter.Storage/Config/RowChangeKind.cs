namespace DynamicContactCenter.Storage.Config;

/// <summary>What applying one row of a plan does to the table.</summary>
public enum RowChangeKind
{
    /// <summary>The row is new: put it where no row with that key exists.</summary>
    Add,

    /// <summary>The row exists with other attributes: replace it.</summary>
    Change,

    /// <summary>The row is not in the file: delete it.</summary>
    Remove,
}
