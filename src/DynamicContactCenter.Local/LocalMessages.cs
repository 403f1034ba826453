using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Local;

#pragma warning disable CS1591 // The entries are the catalogue: each code and format says what it reports.

/// <summary>The message catalogue of DynamicContactCenter.Local, running functions and calls on this machine (DCC45nn).</summary>
public static class LocalMessages
{
    public static readonly DiagnosticDescriptor TimedOut = new("DCC4501", "The function did not answer within {0:N0} ms.");
    public static readonly DiagnosticDescriptor ProcessExited = new("DCC4502", "The function process exited with code {0} before answering. {1}");
    public static readonly DiagnosticDescriptor InitError = new("DCC4503", "The function failed to initialise ({0}): {1}");
    public static readonly DiagnosticDescriptor UnknownFunction = new("DCC4504", "No local function serves '{0}'; expected an ARN or name ending in one of: {1}.");
    public static readonly DiagnosticDescriptor Stopped = new("DCC4505", "The local Runtime API stopped before the function answered.");
}
