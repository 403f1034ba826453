using System.Collections.Frozen;
using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Model;

/// <summary>A parsed flow-language document (<c>"Version": "2019-10-30"</c>): immutable and safe to share between calls.</summary>
/// <remarks>Built only by <see cref="Parsing.FlowParser"/>, which guarantees that <see cref="StartAction"/> and every transition
/// target name an action of <see cref="Actions"/> and that identifiers are unique.</remarks>
public sealed class FlowModel
{
    private readonly FrozenDictionary<string, FlowAction> _byId;

    internal FlowModel(string name, string? file, string startAction, ImmutableArray<FlowAction> actions, bool isModule)
    {
        Name = name;
        File = file;
        StartAction = startAction;
        Actions = actions;
        IsModule = isModule;
        _byId = actions.ToFrozenDictionary(a => a.Identifier, StringComparer.Ordinal);
    }

    /// <summary>The flow's name: the wrapper's Name, else Metadata.name, else the file name without extension.</summary>
    public string Name { get; }

    /// <summary>The file the flow was read from, or null for text.</summary>
    public string? File { get; }

    /// <summary>The Identifier of the first action.</summary>
    public string StartAction { get; }

    /// <summary>The actions in document order.</summary>
    public ImmutableArray<FlowAction> Actions { get; }

    /// <summary>True for a flow module (the document has <c>Settings</c>).</summary>
    public bool IsModule { get; }

    /// <summary>The action with <paramref name="identifier"/>, or null.</summary>
    public FlowAction? FindAction(string identifier) => _byId.GetValueOrDefault(identifier);

    /// <summary>For a module: the branches it declares it can return through (<c>Settings.Transitions[].ReferenceName</c>, e.g.
    /// Success and Error as the console writes them, plus any custom ones); empty when it declares none.</summary>
    public ImmutableArray<string> ModuleTransitions { get; init; } = [];
}
