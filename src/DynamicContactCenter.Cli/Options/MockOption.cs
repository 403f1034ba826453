using System.Collections.Immutable;
using System.CommandLine;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Scenarios;

namespace DynamicContactCenter.Cli.Options;

/// <summary><c>--mock NAME=FILE ...</c>: answers for Lambda functions on <c>dcc call</c>, read while the command line is parsed (a bad one
/// exits 2 before anything runs). NAME is a function name, ARN or the placeholder text the flow writes; FILE holds the same body as a
/// scenario's <c>mocks:</c> entry (<see cref="MockFileParser"/>). The last <c>=</c> splits, so placeholder text may hold one.</summary>
internal static class MockOption
{
    private const string Expected = "NAME=FILE, NAME a function name, ARN or placeholder text and FILE a JSON (or YAML) file with one of response, responses, throws or timeout";

    /// <summary>The option; <paramref name="context"/> resolves relative file paths.</summary>
    public static Option<ImmutableArray<FunctionMock>> Create(CliContext context) => new("--mock")
    {
        Description = "Answer a Lambda function with a mock, NAME=FILE (repeatable): NAME its name, ARN or placeholder text; FILE JSON with " +
            "response (the body), responses (one per invocation), throws (error text) or timeout: true. See docs/mocks.md.",
        HelpName = "NAME=FILE",
        AllowMultipleArgumentsPerToken = true,
        Arity = ArgumentArity.OneOrMore,
        DefaultValueFactory = _ => [],
        CustomParser = result =>
        {
            var mocks = ImmutableArray.CreateBuilder<FunctionMock>();
            foreach (var token in result.Tokens)
            {
                var split = token.Value.LastIndexOf('=');
                if (split <= 0 || split == token.Value.Length - 1)
                {
                    OptionValueError.Add(result, CliMessages.InvalidMock, token.Value, Expected);
                    return mocks.ToImmutable();
                }

                var (name, path) = (token.Value[..split].Trim(), context.ResolvePath(token.Value[(split + 1)..]));
                var (mock, diagnostics) = MockFileParser.ParseFile(name, path);
                if (mock is null)
                {
                    OptionValueError.Add(result, CliMessages.InvalidMock, token.Value, string.Join("; ", diagnostics.Select(d => d.ToString())));
                    return mocks.ToImmutable();
                }

                mocks.Add(mock);
            }

            return mocks.ToImmutable();
        },
    };

    /// <summary><c>--strict</c>: every reference the instance model does not know is an error, as before stubs.</summary>
    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Make every function, flow or placeholder the instance model does not know, and every action type the simulator does not run, an error instead of a stub (see docs/mocks.md, docs/actions.md).",
    };
}
