using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>Cases of the routing data that lead to the same flow behaviour (<see cref="DataClasses"/>): the walk runs once, for the
/// first member, and every finding it yields holds for each member, which the finding lists by number.</summary>
/// <param name="Members">The cases, in the order of the routing data.</param>
/// <param name="Positions">Each member's position among all the cases, so a finding lists its numbers in the routing data's order.</param>
/// <param name="VariableBytes">The most UTF-8 bytes a member's name and number take together: what may make one member's Lambda
/// responses longer than the walked member's.</param>
internal sealed record DataClass(ImmutableArray<DataCase> Members, ImmutableArray<int> Positions, int VariableBytes)
{
    /// <summary>The member the walk runs for.</summary>
    public DataCase Representative => Members[0];

    /// <summary>Position of the first member: classes are walked in this order, so findings come out in the order the cases would.</summary>
    public int First => Positions[0];
}
