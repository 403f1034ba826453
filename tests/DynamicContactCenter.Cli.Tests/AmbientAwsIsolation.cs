using System.Runtime.CompilerServices;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests;

/// <summary>Scrubs ambient AWS_* variables before any test of this assembly runs (see <see cref="AmbientAws"/>).</summary>
internal static class AmbientAwsIsolation
{
    [ModuleInitializer]
    internal static void Initialize() => AmbientAws.Isolate();
}
