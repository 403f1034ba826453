namespace DynamicContactCenter.Cli.Calls;

/// <summary>Where the data a call runs on comes from when no <c>--instance</c> is given: the copies of <c>config/instance.yaml</c>
/// and <c>flows/*.json</c> shipped beside <c>dcc</c> (copied at build time, so a build of the repository always carries its current flows).</summary>
internal static class DefaultCallData
{
    /// <summary>The folder the default data is shipped in, beside the <c>dcc</c> assembly.</summary>
    public static string Root => Path.Combine(AppContext.BaseDirectory, "defaults");

    /// <summary>The shipped instance model.</summary>
    public static string InstanceFile => Path.Combine(Root, "config", "instance.yaml");
}
