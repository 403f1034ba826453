namespace DynamicContactCenter.Cli;

/// <summary>The process exit codes of every <c>dcc</c> command (DESIGN.md §7).</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>A check failed: a function returned an error, a call did not end as expected.</summary>
    public const int CheckFailed = 1;

    /// <summary>Bad usage or bad input: unknown option, unreadable file, invalid routing data or flow.</summary>
    public const int BadInput = 2;

    /// <summary>A bug in dcc: an exception no command expected (70 is EX_SOFTWARE in sysexits.h). One line names it; no stack trace.</summary>
    public const int InternalError = 70;
}
