using DynamicContactCenter.Flows.Layout;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Cli.Packaging;

/// <summary>DCC8043: a shipped flow must open laid out in the designer. Lint only warns (DCC5026), since a flow being edited may
/// lack positions for a while; package refuses, since what it writes is what the instance's designer will draw.</summary>
internal static class FlowLayoutCheck
{
    /// <summary>The error for <paramref name="file"/> when its positions are missing or overlap, else null.</summary>
    public static Diagnostic? Check(string file, string json, FlowModel flow)
    {
        var problems = DesignerPositionReader.Problems(flow, json);
        return problems.IsEmpty
            ? null
            : PackagingMessages.FlowNotLaidOut.ErrorAt(DiagnosticLocation.InFile(file, "Metadata"), file, string.Join("; ", problems));
    }
}
