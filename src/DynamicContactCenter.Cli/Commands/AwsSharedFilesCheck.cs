namespace DynamicContactCenter.Cli.Commands;

/// <summary>
/// Checks the shared AWS credentials and config files before the SDK reads them. The SDK's own error for a malformed line
/// quotes the line, and in a credentials file that line is usually a secret: we name the file and line number only.
/// </summary>
/// <remarks>Only the line shapes the SDK's INI reader refuses are reported (a line that is no section, setting or comment,
/// a setting before any section), so a file the SDK reads is never rejected here.</remarks>
internal static class AwsSharedFilesCheck
{
    /// <summary>The variable the SDK reads for the shared config file.</summary>
    public const string ConfigFileVariable = "AWS_CONFIG_FILE";

    /// <summary>The first problem in the files the SDK would read, as one line for the user, or null when they are readable.</summary>
    public static string? FindProblem(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var home = context.Environment("HOME") ?? context.Environment("USERPROFILE");
        var files = new[]
        {
            context.Environment(ConfigTableOptions.SharedCredentialsFileVariable) ?? (home is null ? null : Path.Combine(home, ".aws", "credentials")),
            context.Environment(ConfigFileVariable) ?? (home is null ? null : Path.Combine(home, ".aws", "config")),
        };
        foreach (var file in files.OfType<string>().Where(File.Exists))
        {
            string[] lines;
            try
            {
                lines = File.ReadAllLines(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return CliMessages.Format(CliMessages.AwsProfileFileUnreadable, $"the AWS profile file {file}", e.GetType().Name);
            }

            if (FirstMalformedLine(lines) is { } line)
            {
                // Never the line's content: it may be a secret.
                return CliMessages.Format(CliMessages.AwsProfileFileMalformed, file, line);
            }
        }

        return null;
    }

    /// <summary>The 1-based number of the first line the SDK's INI reader would refuse.</summary>
    private static int? FirstMalformedLine(string[] lines)
    {
        var inSection = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                inSection = true;
            }
            else if (!inSection || !line.Contains('=', StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }
}
