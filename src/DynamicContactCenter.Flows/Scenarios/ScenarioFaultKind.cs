namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>What is broken during a scenario's call.</summary>
public enum ScenarioFaultKind
{
    /// <summary>The function fails with an unhandled error (YAML <c>fault: throws</c>).</summary>
    FunctionThrows,
    /// <summary>The function runs past the block's time limit (YAML <c>fault: timeout</c>).</summary>
    FunctionTimesOut,
    /// <summary>The function answers a nested object where STRING_MAP needs flat strings (YAML <c>fault: nested</c>).</summary>
    FunctionReturnsNested,
    /// <summary>The function answers something that is not JSON (YAML <c>fault: notJson</c>).</summary>
    FunctionReturnsNotJson,
    /// <summary>The function answers a given body instead of its own (YAML <c>response:</c>): bad data in a well-formed answer.</summary>
    FunctionResponds,
    /// <summary>The routing store cannot be read (YAML <c>store: unavailable</c>, optionally one <c>table:</c>).</summary>
    StoreUnavailable,
    /// <summary>The store has no row for a language (YAML <c>missingLanguage: Spanish</c>).</summary>
    LanguageMissing,
    /// <summary>An action fails instead of running and takes an error branch (YAML <c>fail: ACTION</c>, <c>error:</c>, <c>flow:</c>).</summary>
    ActionFails,
}
