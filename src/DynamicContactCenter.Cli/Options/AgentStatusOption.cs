using System.CommandLine;
using DynamicContactCenter.Cli.Calls;
using DynamicContactCenter.Flows.Instance;

namespace DynamicContactCenter.Cli.Options;

/// <summary><c>--agents QUEUE=STATUS ...</c>: agent states forced per queue, read by <see cref="AgentStatusOverrideParser"/> while the
/// command line is parsed, against the instance model the same command line names with <c>--instance</c>.</summary>
internal static class AgentStatusOption
{
    /// <summary>The option; <paramref name="instance"/> is the command's <c>--instance</c>, whose queues the values must name.</summary>
    public static Option<IReadOnlyDictionary<string, AgentStatus>> Create(CliContext context, Option<string?> instance) => new("--agents")
    {
        Description = $"Agent status per queue, QUEUE=STATUS (repeatable): QUEUE a queue of the instance model (name or ARN), STATUS " +
            $"{AgentStatusParser.Expected}.",
        HelpName = "QUEUE=STATUS",
        AllowMultipleArgumentsPerToken = true,
        Arity = ArgumentArity.OneOrMore,
        DefaultValueFactory = _ => new Dictionary<string, AgentStatus>(StringComparer.Ordinal),
        CustomParser = result =>
        {
            var model = QueuesToCheck(context, result.GetValue(instance));
            var overrides = new Dictionary<string, AgentStatus>(StringComparer.Ordinal);
            foreach (var token in result.Tokens)
            {
                if (!AgentStatusOverrideParser.TryParse(token.Value, model, out var queue, out var status, out var invalid, out var expected))
                {
                    var what = invalid == token.Value ? expected : $"{expected} (not '{invalid}')";
                    OptionValueError.Add(result, CliMessages.InvalidAgentStatus, token.Value, what);
                    return overrides;
                }

                overrides[queue] = status;
            }

            return overrides;
        },
    };

    /// <summary>The instance model whose queues <c>--agents</c> may name, or null when it cannot be loaded.</summary>
    /// <remarks>The command loads the model again to run the call: reading a small YAML file twice keeps the check a parse error (exit 2
    /// before anything runs) without moving instance loading into the option. When the model does not load, the queues are not
    /// checked here: the command reports the file's own errors, which are the ones to fix first.</remarks>
    private static InstanceModel? QueuesToCheck(CliContext context, string? instancePath)
    {
        var path = instancePath is null ? context.ProjectSession.Peek(context)?.Instance ?? DefaultCallData.InstanceFile : context.ResolvePath(instancePath);
        return File.Exists(path) ? InstanceModelLoader.LoadFile(path).Value : null;
    }
}
