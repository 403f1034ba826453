using DynamicContactCenter.Functions.Configuration;

namespace DynamicContactCenter.Functions.Tests.TestHelpers;

/// <summary>An environment given as a dictionary.</summary>
internal sealed class FakeEnvironmentVariables(Dictionary<string, string> values) : IEnvironmentVariables
{
    public string? Read(string name) => values.GetValueOrDefault(name);
}
