namespace DynamicContactCenter.Cli.Project;

/// <summary>Where a command's project came from (the first of these that applies).</summary>
internal enum ProjectSource
{
    /// <summary>A dcc.yaml in the current folder or a parent.</summary>
    ProjectFile,

    /// <summary>No dcc.yaml, but <c>./config/routing.yaml</c> or <c>./config/instance.yaml</c> in the current folder.</summary>
    ConventionalFolder,

    /// <summary>Neither: the sample shipped with dcc (embedded routing, the instance model and flows beside the binary).</summary>
    ShippedSample,
}
