namespace DynamicContactCenter.Flows.Instance;

/// <summary>What a flow parameter names in the instance model (<see cref="FlowReferences"/>).</summary>
public enum FlowReferenceKind
{
    /// <summary>Nothing the instance model answers (text, attributes, settings).</summary>
    Other,

    /// <summary>A queue (QueueId).</summary>
    Queue,

    /// <summary>Hours of operation (HoursOfOperationId).</summary>
    Hours,

    /// <summary>A Lambda function (LambdaFunctionARN).</summary>
    Function,

    /// <summary>A flow or flow module (ContactFlowId, FlowModuleId, event hooks).</summary>
    Flow,

    /// <summary>A prompt (PromptId).</summary>
    Prompt,
}
