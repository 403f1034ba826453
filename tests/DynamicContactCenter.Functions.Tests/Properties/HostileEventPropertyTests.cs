using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DynamicContactCenter.Functions.Tests.Properties;

/// <summary>The Connect-event part of the standing fuzz test (issue #10): hostile mutations of a real event (deep nesting, huge
/// values, controls, lone surrogate escapes) give a response or a <c>Dcc.*</c> error with a coded message, within a time bound.</summary>
public sealed class HostileEventPropertyTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(3);
    private static readonly FunctionHost Host = new(new FakeRoutingStore(SampleRoutingData.Tenant()));
    private static readonly string Event = ConnectEvents.Create("+14443331111", new Dictionary<string, string> { ["environment"] = "prod" });

    private static Arbitrary<(int Function, int Kind, int Position, int Size)> Mutations =>
        Gen.Zip(Gen.Zip(Gen.Choose(0, 2), Gen.Choose(0, HostileMutation.Kinds - 1)), Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, int.MaxValue)))
            .Select(t => (t.Item1.Item1, t.Item1.Item2, t.Item2.Item1, t.Item2.Item2)).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property Invoke_HostileMutationOfARealEvent_GivesResponseOrCodedError() =>
        Prop.ForAll(Mutations, m =>
        {
            var text = HostileMutation.Apply(Event, m.Kind, m.Position, m.Size);
            var outcome = Task.Run(() => Host.InvokeAsync(FunctionNames.All[m.Function], text)).WaitAsync(Bound).GetAwaiter().GetResult();
            return outcome.Succeeded
                ? outcome.ErrorType is null
                : outcome.ErrorType!.StartsWith("Dcc.", StringComparison.Ordinal) && outcome.ErrorMessage!.StartsWith("DCC", StringComparison.Ordinal);
        });
}
