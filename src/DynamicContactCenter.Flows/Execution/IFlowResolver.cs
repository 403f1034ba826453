using DynamicContactCenter.Flows.Catalog;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>Where executors find the flow a TransferToFlow or InvokeFlowModule names: the <see cref="FlowCatalog"/> in a call, the flows
/// being linted in the lint walk (which may differ from the files on disk).</summary>
internal interface IFlowResolver
{
    /// <summary>Resolves a flow name, ARN, id or file.</summary>
    /// <param name="reference">The reference as the flow gives it (placeholders and references already resolved).</param>
    FlowResolution Resolve(string reference);
}
