using System.Globalization;
using DynamicContactCenter.Cli.Packaging;
using DynamicContactCenter.Cli.Packaging.Tenant;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Cli.Commands;

/// <summary>Runs <c>dcc package</c>: check the template and flows, get the bootstrap, then write the zip and the template.</summary>
internal static class PackageRunner
{
    private const string SolutionFileName = "DynamicContactCenter.slnx";

    public static async Task<int> RunAsync(PackageRequest request, CliContext context, CancellationToken cancellationToken)
    {
        if (LambdaArchitecture.Find(request.Architecture) is not { } architecture)
        {
            return await PackageCommand.FailAsync(context, ExitCodes.BadInput,
                PackagingMessages.UnknownArchitecture.ErrorAt(DiagnosticLocation.InFile(null, "--arch"), request.Architecture));
        }

        if (!Enum.TryParse<InstanceResources>(request.InstanceResources, ignoreCase: true, out var instanceResources)
            || !Enum.IsDefined(instanceResources) || int.TryParse(request.InstanceResources, out _))
        {
            return await PackageCommand.FailAsync(context, ExitCodes.BadInput,
                PackagingMessages.InstanceResourcesUnknown.ErrorAt(DiagnosticLocation.InFile(null, "--instance-resources"), request.InstanceResources));
        }

        var root = FindRepositoryRoot(context.WorkingDirectory);
        if (root is null && (request.SourceTemplate is null || request.Bootstrap is null))
        {
            return await PackageCommand.FailAsync(context, ExitCodes.BadInput,
                PackagingMessages.NotInRepository.ErrorAt(DiagnosticLocation.None, context.WorkingDirectory));
        }

        // The cheap checks first: a broken flow or handler should not cost a multi-minute build.
        var templatePath = request.SourceTemplate is { } given ? context.ResolvePath(given) : Path.Combine(root!, "deploy", "template.yaml");
        var packaged = TemplatePackager.Package(templatePath, architecture.Name, instanceResources);
        if (packaged.Value is not { } template)
        {
            return await PackageCommand.FailAsync(context, ExitCodes.BadInput, packaged.Errors);
        }

        if (ParameterValueCheck.Check(template.Parameters, request.Parameters) is { IsEmpty: false } refused)
        {
            return await PackageCommand.FailAsync(context, ExitCodes.BadInput, refused);
        }

        string bootstrapPath;
        if (request.Bootstrap is { } prebuilt)
        {
            bootstrapPath = context.ResolvePath(prebuilt);
        }
        else
        {
            if (BootstrapPublisher.CheckToolchain(architecture, context.Environment) is { } toolchainError)
            {
                return await PackageCommand.FailAsync(context, ExitCodes.BadInput, toolchainError);
            }

            var (published, publishError) = await BootstrapPublisher.PublishAsync(root!, architecture, context.Error, cancellationToken);
            if (publishError is not null)
            {
                return await PackageCommand.FailAsync(context, ExitCodes.CheckFailed, publishError);
            }

            bootstrapPath = published!;
        }

        if (BootstrapFile.Check(bootstrapPath, architecture) is { } bootstrapError)
        {
            return await PackageCommand.FailAsync(context, ExitCodes.BadInput, bootstrapError);
        }

        var outputDirectory = request.OutputDirectory is { } output
            ? context.ResolvePath(output)
            : Path.Combine(root ?? context.WorkingDirectory, "artifacts", "package");
        var zipPath = Path.Combine(outputDirectory, TemplatePackager.ZipFileName);
        var templateOut = Path.Combine(outputDirectory, "template.yaml");
        try
        {
            Directory.CreateDirectory(outputDirectory);
            BootstrapZip.Write(bootstrapPath, zipPath);
            await File.WriteAllTextAsync(templateOut, template.Text, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return await PackageCommand.FailAsync(context, ExitCodes.BadInput,
                PackagingMessages.OutputUnwritable.ErrorAt(DiagnosticLocation.InFile(outputDirectory, null), outputDirectory, e.Message));
        }

        Report(context, architecture, template, bootstrapPath, zipPath, templateOut, request);
        return ExitCodes.Ok;
    }

    private static void Report(CliContext context, LambdaArchitecture architecture, PackagedTemplate packaged, string bootstrapPath, string zipPath, string templatePath, PackageRequest request)
    {
        var handlers = string.Join(", ", packaged.Handlers.Select(h => h.Value).Distinct(StringComparer.Ordinal));
        var flows = string.Join(", ", packaged.Flows.Select(f => $"{f.LogicalId} <- {Display(context, f.File)}"));
        context.WriteRaw($"Packaged for Lambda {architecture.Name} (provided.al2023):");
        context.WriteRaw($"  {Display(context, zipPath)}  {Size(new FileInfo(zipPath).Length)}: bootstrap ({Size(new FileInfo(bootstrapPath).Length)}, mode 0755) serving {handlers}");
        context.WriteRaw($"  {Display(context, templatePath)}  flows embedded: {flows}");
        context.WriteRaw("");
        context.WriteRaw("Deploy it (needs the AWS CLI, credentials, and an S3 bucket for the code):");
        context.WriteRaw(DeployCommands.Build(Display(context, templatePath), request.Bucket, request.StackName, packaged.RequiredParameters, request.Parameters));
        context.WriteRaw("");
        context.WriteRaw("The stack points every phone-number parameter at its InitFlow (PointNumbersAtInitFlow=No leaves that to you); see docs/deploy.md.");
    }

    private static string Display(CliContext context, string path)
    {
        var relative = Path.GetRelativePath(context.WorkingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    private static string Size(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.0} MB");

    private static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
