namespace DynamicContactCenter.Functions.Configuration;

/// <summary>Reads environment variables: the seam that lets tests give <see cref="FunctionSettings"/> any environment.</summary>
public interface IEnvironmentVariables
{
    /// <summary>The variable's value, or null when it is not set.</summary>
    string? Read(string name);
}
