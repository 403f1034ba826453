using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Storage.Tests.Testing;

public sealed class LoopbackHttpListenerTests
{
    [Fact]
    public void Start_FirstPortTakenMeanwhile_ListensOnTheNextOne()
    {
        // Arrange: the first candidate is a port another listener holds, as when a process binds it between probe and start.
        var (holder, held) = LoopbackHttpListener.Start();
        using var _ = holder;
        var (spare, spareUrl) = LoopbackHttpListener.Start();
        spare.Close();
        var candidates = new Queue<int>([held.Port, spareUrl.Port]);

        // Act
        var (listener, url) = LoopbackHttpListener.Start(candidates.Dequeue);
        using var __ = listener;

        // Assert
        url.ShouldBe(spareUrl);
        listener.IsListening.ShouldBeTrue();
    }

    [Fact]
    public void Start_EveryPortTaken_ThrowsNamingThePortsTried()
    {
        // Arrange
        var (holder, held) = LoopbackHttpListener.Start();
        using var _ = holder;

        // Act
        var error = Should.Throw<InvalidOperationException>(() => LoopbackHttpListener.Start(() => held.Port));

        // Assert
        error.Message.ShouldBe($"No free port for an HTTP listener on 127.0.0.1: tried {string.Join(", ", Enumerable.Repeat(held.Port, LoopbackHttpListener.Attempts))}.");
    }
}
