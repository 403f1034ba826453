namespace DynamicContactCenter.Benchmarks.Throughput;

/// <summary>Interpreter throughput with in-process handlers, and where one call's time goes.</summary>
/// <param name="SingleThreadCallsPerSecond">Full calls per second on one thread.</param>
/// <param name="AllCoresCallsPerSecond">Full calls per second with one worker per core.</param>
/// <param name="Cores">The workers (Environment.ProcessorCount).</param>
/// <param name="BytesPerCall">Managed bytes allocated per call (one thread).</param>
/// <param name="StepsPerCall">Actions run per call.</param>
/// <param name="LambdaCallsPerCall">Function invocations per call.</param>
/// <param name="EventsPerCall">Transcript events per call.</param>
/// <param name="HandlersMicrosecondsPerCall">The function invocations of one call alone (through the same in-process invoker).</param>
/// <param name="HandlersBytesPerCall">Bytes those allocate.</param>
/// <param name="InterpreterMicrosecondsPerCall">The interpreter alone: the same calls with the functions answered from a recording.</param>
/// <param name="InterpreterBytesPerCall">Bytes the interpreter allocates per call.</param>
/// <param name="Profile">A sampling profile of full calls on one thread; null when it could not be taken.</param>
internal sealed record ThroughputResult(
    double SingleThreadCallsPerSecond,
    double AllCoresCallsPerSecond,
    int Cores,
    double BytesPerCall,
    double StepsPerCall,
    double LambdaCallsPerCall,
    double EventsPerCall,
    double HandlersMicrosecondsPerCall,
    double HandlersBytesPerCall,
    double InterpreterMicrosecondsPerCall,
    double InterpreterBytesPerCall,
    Profiling.ProfileResult? Profile);
