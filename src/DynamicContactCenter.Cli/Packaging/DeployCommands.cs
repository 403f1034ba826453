using System.Text;

namespace DynamicContactCenter.Cli.Packaging;

/// <summary>The two AWS CLI commands that take a packaged folder to a stack: upload the code, then create or update the stack.</summary>
public static class DeployCommands
{
    /// <summary>The template <c>aws cloudformation package</c> writes (S3 locations in place of the local zip).</summary>
    public const string UploadedTemplateName = "packaged.yaml";

    /// <summary>The commands as shell text, one option per line. Parameters without a value are left as <c>&lt;Name&gt;</c>.</summary>
    /// <param name="templatePath">The template <c>dcc package</c> wrote, as the user should type it.</param>
    /// <param name="bucket">The S3 bucket for the code, or null for a placeholder.</param>
    /// <param name="stackName">The stack to create or update.</param>
    /// <param name="requiredParameters">Parameters the deploy must give.</param>
    /// <param name="values">Values given for parameters (also optional ones).</param>
    public static string Build(string templatePath, string? bucket, string stackName, IEnumerable<string> requiredParameters, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(templatePath);
        ArgumentNullException.ThrowIfNull(requiredParameters);
        ArgumentNullException.ThrowIfNull(values);
        var uploaded = Path.Combine(Path.GetDirectoryName(templatePath) ?? "", UploadedTemplateName);
        var overrides = requiredParameters.Concat(values.Keys).Distinct(StringComparer.Ordinal)
            .Select(name => Quote($"{name}={(values.TryGetValue(name, out var value) ? value : $"<{name}>")}"));
        var text = new StringBuilder()
            .AppendLine("aws cloudformation package \\")
            .AppendLine($"  --template-file {Quote(templatePath)} \\")
            .AppendLine($"  --s3-bucket {Quote(bucket ?? "<artifact-bucket>")} \\")
            .AppendLine($"  --output-template-file {Quote(uploaded)}")
            .AppendLine("aws cloudformation deploy \\")
            .AppendLine($"  --template-file {Quote(uploaded)} \\")
            .AppendLine($"  --stack-name {Quote(stackName)} \\")
            .AppendLine("  --capabilities CAPABILITY_IAM \\")
            .Append("  --parameter-overrides");
        foreach (var pair in overrides)
        {
            text.Append(" \\").AppendLine().Append("    ").Append(pair);
        }

        return text.ToString();
    }

    /// <summary>POSIX shell quoting: plain words stay as they are, anything else goes in single quotes.</summary>
    public static string Quote(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ':' or '=' or '+' or ',' or '@')
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }
}
