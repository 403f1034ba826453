namespace DynamicContactCenter.Flows.Layout;

/// <summary>The top-left corner of a block in the Connect flow designer, in the designer's integer pixels
/// (<c>{"x": 20, "y": 20}</c> as console exports write it).</summary>
/// <param name="X">Pixels from the left.</param>
/// <param name="Y">Pixels from the top.</param>
public readonly record struct DesignerPosition(int X, int Y);
