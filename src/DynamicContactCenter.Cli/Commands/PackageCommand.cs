using System.CommandLine;
using DynamicContactCenter.Cli.Packaging;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Cli.Commands;

/// <summary><c>dcc package</c>: the Native AOT bootstrap zipped for Lambda, the deployable template beside it, and the two AWS
/// CLI commands that deploy them. Every check runs before anything is built or written.</summary>
internal static class PackageCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string?>("--out") { Description = "The folder to write bootstrap.zip and template.yaml to (default: artifacts/package in the clone)." };
        var architecture = new Option<string>("--arch")
        {
            Description = "The Lambda architecture to build: x86_64 or arm64 (arm64 needs an arm64 machine or a cross toolchain).",
            DefaultValueFactory = _ => LambdaArchitecture.X64.Name,
        };
        var template = new Option<string?>("--template") { Description = "The source template (default: deploy/template.yaml in the clone)." };
        var bootstrap = new Option<string?>("--bootstrap") { Description = "Zip this already built bootstrap instead of publishing one." };
        var stackName = new Option<string>("--stack-name")
        {
            Description = "The stack name to put in the printed deploy command.",
            DefaultValueFactory = _ => "dcc",
        };
        var bucket = new Option<string?>("--s3-bucket") { Description = "The S3 bucket to put in the printed package command." };
        var parameters = new Option<string[]>("--parameter")
        {
            Description = "A template parameter NAME=VALUE for the printed deploy command (repeatable).",
            AllowMultipleArgumentsPerToken = false,
        };
        var instanceResources = new Option<string>("--instance-resources")
        {
            Description = "existing: the routing rows' queues are the team's, their ARNs parameters (default); create: the stack creates "
                + "the queues and their hours of operation (holidays included) from config/instance.yaml.",
            DefaultValueFactory = _ => "existing",
        };

        var command = new Command("package", "Build the Lambda zip and the deployable CloudFormation template, and print the commands that deploy them.")
        {
            output, architecture, template, bootstrap, stackName, bucket, parameters, instanceResources,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in parseResult.GetValue(parameters) ?? [])
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    return await FailAsync(context, ExitCodes.BadInput, PackagingMessages.ParameterNotNameValue.CodedMessage(pair));
                }

                values[pair[..equals]] = pair[(equals + 1)..];
            }

            var request = new PackageRequest(
                parseResult.GetRequiredValue(architecture), parseResult.GetValue(output), parseResult.GetValue(template),
                parseResult.GetValue(bootstrap), parseResult.GetRequiredValue(stackName), parseResult.GetValue(bucket), values)
            {
                InstanceResources = parseResult.GetRequiredValue(instanceResources),
            };
            return await PackageRunner.RunAsync(request, context, cancellationToken);
        });
        return command;
    }

    /// <summary>Writes each packaging finding as <c>error: CODE: message</c> (the message names its file) and returns <paramref name="exitCode"/>.</summary>
    internal static Task<int> FailAsync(CliContext context, int exitCode, params IEnumerable<Diagnostic> errors) =>
        FailAsync(context, exitCode, errors.Select(e => e.CodedMessage));

    internal static async Task<int> FailAsync(CliContext context, int exitCode, params IEnumerable<string> messages)
    {
        foreach (var message in messages)
        {
            await context.Error.WriteLineAsync(message.StartsWith("error:", StringComparison.Ordinal) ? message : "error: " + message);
        }

        return exitCode;
    }
}
