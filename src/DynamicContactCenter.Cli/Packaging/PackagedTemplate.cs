using System.Collections.Immutable;

namespace DynamicContactCenter.Cli.Packaging;

/// <summary>The deployable template built from the source template, or why it could not be built.</summary>
/// <param name="Text">The template text; null when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Every problem found (DCC80nn), all at once.</param>
public sealed record PackagedTemplate(string? Text, ImmutableArray<string> Errors)
{
    /// <summary>The flows embedded, in template order.</summary>
    public ImmutableArray<PackagedFlow> Flows { get; init; } = [];

    /// <summary>Function logical id → the handler it runs (<c>_HANDLER</c>), in template order.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Handlers { get; init; } = [];

    /// <summary>Parameters a deploy must give (no Default), in template order.</summary>
    public ImmutableArray<string> RequiredParameters { get; init; } = [];

    /// <summary>True when the template was built.</summary>
    public bool Succeeded => Text is not null;
}
