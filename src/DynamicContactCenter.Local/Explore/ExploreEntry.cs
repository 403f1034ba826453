using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Local.Explore;

/// <summary>A flow exploration starts calls in; its scenarios go to one file.</summary>
/// <param name="Name">The name the scenario file is called by (the flow's name).</param>
/// <param name="Reference">What the scenarios' <c>call.flow</c> says: the instance model's flow name, or the file as given.</param>
/// <param name="Flow">The parsed flow.</param>
public sealed record ExploreEntry(string Name, string Reference, FlowModel Flow);
