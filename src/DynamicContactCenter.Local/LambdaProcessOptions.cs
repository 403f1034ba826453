namespace DynamicContactCenter.Local;

/// <summary>How to start a function process behind a <see cref="LocalRuntimeApi"/>.</summary>
public sealed record LambdaProcessOptions
{
    /// <summary>The AOT <c>bootstrap</c> executable, or a <c>bootstrap.dll</c> (run with <c>dotnet</c>, i.e. JIT).</summary>
    public required string ExecutablePath { get; init; }

    /// <summary>The <c>_HANDLER</c> value: which function the process serves.</summary>
    public required string Handler { get; init; }

    /// <summary>More environment variables (table names, DynamoDB endpoint, credentials, DCC_ROUTING_FILE, ...).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// host:port of another Runtime API to point the process at instead of its emulator (e.g. a test's API that refuses or
    /// misanswers, to see how the bootstrap ends); null for the emulator.
    /// </summary>
    public string? RuntimeApiAddress { get; init; }

    /// <summary>The clock for durations; the system clock by default.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The <c>dotnet</c> host used for a <c>.dll</c>; <c>dotnet</c> on the PATH by default.</summary>
    public string DotnetHost { get; init; } = "dotnet";

    /// <summary>Arguments after the executable, for a runtime that is an interpreter and a script (the benchmark's Python
    /// baseline: <c>python3 -u bootstrap.py</c>); the process then runs in the folder of the last argument.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];
}
