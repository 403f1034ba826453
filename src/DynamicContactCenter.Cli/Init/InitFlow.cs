namespace DynamicContactCenter.Cli.Init;

/// <summary>A flow given to <c>dcc init --from</c>: its name (from the document, or the file name) and the file name it gets in flows/.</summary>
/// <param name="Name">The flow's name, as the instance model lists it.</param>
/// <param name="Source">The file given.</param>
/// <param name="FileName">Its name in the project's flows/ folder (with <c>.json</c>, so <c>dcc lint</c> finds it).</param>
/// <param name="Model">The parsed flow.</param>
internal sealed record InitFlow(string Name, string Source, string FileName, Flows.Model.FlowModel Model);
