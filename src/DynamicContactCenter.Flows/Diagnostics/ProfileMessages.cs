using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Diagnostics;

#pragma warning disable CS1591 // The entries are the catalogue: each code and format says what it reports.

/// <summary>What the local Customer Profiles and Cases store reports (issue #12 item 3): the instance model's <c>customerProfiles:</c>
/// and <c>cases:</c> sections (DCC3210–DCC3219), the profile and case actions of a call and the scenario keys that seed and expect
/// them (DCC3340–DCC3349).</summary>
public static class ProfileMessages
{
    /// <summary>A profile or case entry of the instance model has a value the store cannot hold.</summary>
    public static readonly DiagnosticDescriptor InvalidRecord = new("DCC3210", "'{0}' is not valid here; expected {1}.");
    /// <summary>A case names a template the instance model does not define.</summary>
    public static readonly DiagnosticDescriptor UnknownTemplate = new("DCC3211", "case template '{0}' is not defined under cases.templates (defined: {1}).");

    /// <summary>The instance model has no Customer Profiles domain or Cases domain: the action runs against an empty stub (warning).</summary>
    public static readonly DiagnosticDescriptor DomainStub = new("DCC3340",
        "the instance model has no {0}: section, so {1} runs against an empty stub domain (add the section, or seed records in the scenario; --strict makes this an error).");
    /// <summary>Under --strict, a profile or case action with no modelled domain takes its error branch, as Connect does when the feature is off.</summary>
    public static readonly DiagnosticDescriptor DomainMissing = new("DCC3341",
        "the instance model has no {0}: section; with --strict {1} fails as Connect does when the feature is not enabled for the instance.");
    /// <summary>A profile search, create or update, or a case action, found nothing to act on, or too much (warning; the documented branch is taken).</summary>
    public static readonly DiagnosticDescriptor LookupFailed = new("DCC3342", "{0}");
    /// <summary>A seeded profile or case of a scenario has a value the store cannot hold.</summary>
    public static readonly DiagnosticDescriptor InvalidSeed = new("DCC3343", "'{0}' is not valid for {1}; expected {2}.");
}
