using System.Collections.Immutable;

namespace DynamicContactCenter.Cli.Packaging;

/// <summary>The deployable template built from the source template (<see cref="TemplatePackager.Package(string, string, Tenant.InstanceResources)"/> gives it, or every
/// DCC80nn problem found, all at once).</summary>
/// <param name="Text">The template text.</param>
public sealed record PackagedTemplate(string Text)
{
    /// <summary>The flows embedded, in template order.</summary>
    public ImmutableArray<PackagedFlow> Flows { get; init; } = [];

    /// <summary>Function logical id → the handler it runs (<c>_HANDLER</c>), in template order.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Handlers { get; init; } = [];

    /// <summary>Parameters a deploy must give (no Default), in template order.</summary>
    public ImmutableArray<string> RequiredParameters { get; init; } = [];

    /// <summary>Every parameter with its constraints, in template order (what <c>--parameter</c> values are checked against).</summary>
    public ImmutableArray<TemplateParameter> Parameters { get; init; } = [];
}
