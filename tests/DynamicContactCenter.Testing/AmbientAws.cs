using System.Runtime.CompilerServices;

namespace DynamicContactCenter.Testing;

/// <summary>
/// Keeps a developer's or CI machine's <c>AWS_*</c> variables (profile, region, endpoint overrides, keys, config
/// files) out of the tests, so every machine gets the same results: in-process SDK clients read them, and child
/// processes (dcc, bootstrap, dynalite) inherit them.
/// </summary>
/// <remarks>
/// One mechanism: the test process's own environment is scrubbed before any test or fixture runs (a module initializer
/// here, and one in each test assembly calling <see cref="Isolate()"/>), so SDK clients and every child process
/// inherit a clean environment; start infos that build their environment call <see cref="Isolate(IDictionary{string, string?})"/>.
/// A test that needs a variable sets it on the child's start info or in the fake environment it passes to the code under test.
/// </remarks>
public static class AmbientAws
{
    /// <summary>
    /// Values every test sees: dummy keys (dynalite accepts any; pinned once here rather than set by tests running in
    /// parallel, which raced with any test that reads them), and no sources outside the environment: the shared config
    /// and credentials files in the home folder (pointed at a file that does not exist) and the EC2 instance metadata
    /// service (a network call). A test that needs other values gives them to a child process or a fake environment.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Pinned { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AWS_CONFIG_FILE"] = Path.Combine(Path.GetTempPath(), "dcc-tests-no-aws-files", "config"),
        ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(Path.GetTempPath(), "dcc-tests-no-aws-files", "credentials"),
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["AWS_ACCESS_KEY_ID"] = "dcc-test",
        ["AWS_SECRET_ACCESS_KEY"] = "dcc-test",
    };

    /// <summary>Whether <paramref name="name"/> is a variable the AWS SDKs and CLI read (AWS_ prefix, any case).</summary>
    public static bool IsAwsVariable(string name) => name.StartsWith("AWS_", StringComparison.OrdinalIgnoreCase);

    /// <summary>Removes every <c>AWS_*</c> variable from the test process's environment and sets the <see cref="Pinned"/> ones.</summary>
    public static void Isolate()
    {
        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(IsAwsVariable).ToList())
        {
            Environment.SetEnvironmentVariable(name, null);
        }

        foreach (var (name, value) in Pinned)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    /// <summary>The same for a child process's environment (<see cref="System.Diagnostics.ProcessStartInfo.Environment"/>).</summary>
    public static void Isolate(IDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        foreach (var name in environment.Keys.Where(IsAwsVariable).ToList())
        {
            environment.Remove(name);
        }

        foreach (var (name, value) in Pinned)
        {
            environment[name] = value;
        }
    }

    // Fixtures of this assembly (dynalite) can run before any type of the test assembly is touched.
    [ModuleInitializer]
    internal static void IsolateThisProcess() => Isolate();
}
