namespace DynamicContactCenter.Flows.Lint;

/// <summary>Something the flows × data walk saw at one action for one <see cref="DataClass"/> (so for each of its cases); the DCC52xx
/// rules judge these.</summary>
/// <param name="Class">The numbers, language and environment.</param>
/// <param name="Flow">The flow.</param>
/// <param name="ActionId">The action.</param>
internal abstract record WalkObservation(DataClass Class, LintedFlow Flow, string ActionId);

/// <summary>The action reads <c>$.External.Key</c> or <c>$.Attributes.Key</c>.</summary>
/// <param name="Class">The class of cases.</param>
/// <param name="Flow">The flow.</param>
/// <param name="ActionId">The action.</param>
/// <param name="Field">Where in the parameters.</param>
/// <param name="Reference">The reference as written.</param>
/// <param name="Namespace"><c>External</c> or <c>Attributes</c>.</param>
/// <param name="Key">The key read.</param>
/// <param name="Present">True when the key has a value at this point of this path.</param>
/// <param name="EarlierExternal">For External: an earlier Lambda response on the path had the key.</param>
/// <param name="ExternalSetBy">The action whose Lambda call last replaced $.External, or null.</param>
internal sealed record ReferenceRead(DataClass Class, LintedFlow Flow, string ActionId, string Field, string Reference, string Namespace, string Key,
    bool Present, bool EarlierExternal, string? ExternalSetBy) : WalkObservation(Class, Flow, ActionId);

/// <summary>The action calls a Lambda function.</summary>
/// <param name="Class">The class of cases.</param>
/// <param name="Flow">The flow.</param>
/// <param name="ActionId">The action.</param>
/// <param name="Function">The resolved function ARN or name.</param>
/// <param name="Known">True when the instance model knows the function.</param>
/// <param name="Error">Why the call failed, or null on success.</param>
/// <param name="ResponseBytes">The UTF-8 size of the response on success.</param>
internal sealed record LambdaCall(DataClass Class, LintedFlow Flow, string ActionId, string Function, bool Known, string? Error, int ResponseBytes)
    : WalkObservation(Class, Flow, ActionId);

/// <summary>The action puts a referenced value inside SSML.</summary>
/// <param name="Class">The class of cases.</param>
/// <param name="Flow">The flow.</param>
/// <param name="ActionId">The action.</param>
/// <param name="Field">The SSML parameter.</param>
/// <param name="Reference">The reference as written.</param>
/// <param name="Value">Its value for this case.</param>
internal sealed record SsmlInterpolation(DataClass Class, LintedFlow Flow, string ActionId, string Field, string Reference, string Value)
    : WalkObservation(Class, Flow, ActionId);
