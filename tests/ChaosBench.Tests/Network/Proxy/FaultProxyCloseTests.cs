using System.Diagnostics;
using ChaosBench.Network.Proxy;

namespace ChaosBench.Tests.Network.Proxy;

/// <summary>How connections end on the no-toxic path: a reset passes as a reset, and disposing does not wait for stuck pumps.</summary>
[CancelAfter(30_000)]
public sealed class FaultProxyCloseTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Test]
    public async Task Forward_ClientResets_TheServerSeesAReset()
    {
        // Given a connection through a proxy with no toxic, its pumps waiting in their reads
        await using var echo = new EchoServer();
        await using var proxy = Start(echo, "reset");
        var client = await ProxyClient.ConnectAsync(proxy.Listening);
        await client.SendAsync([1, 2, 3]);
        await client.ReceiveAsync(3, Patience);

        // When the client resets
        client.Reset();

        // Then the server's side is reset too, not closed
        await Eventually(() => echo.Endings.Contains("ConnectionReset"), () => $"the server's side was reset (ended: {string.Join(", ", echo.Endings)})");
        await Eventually(() => proxy.Connections == 0, () => "the connection was dropped");
    }

    [Test]
    public async Task Dispose_PumpsStuckInSends_ReturnsAtOnce()
    {
        // Given a client that sends far more than the buffers hold and reads nothing back, so that both pumps end up
        // stuck in a send (the echo server's answers fill the way back, then its reads stop)
        await using var echo = new EchoServer();
        var proxy = Start(echo, "stuck");
        using var client = await ProxyClient.ConnectAsync(proxy.Listening);
        _ = client.SendAsync(new byte[64 * 1024 * 1024]);
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        // When the proxy is disposed
        var clock = Stopwatch.StartNew();
        await proxy.DisposeAsync();

        // Then it returns at once, with no connection left
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
        Assert.That(proxy.Connections, Is.Zero);
    }

    private static FaultProxy Start(EchoServer echo, string name) =>
        FaultProxy.Start(new FaultProxyOptions { Name = name, Upstream = echo.EndPoint });

    private static async Task Eventually(Func<bool> condition, Func<string> what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Patience)
            {
                Assert.Fail($"not within {Patience.TotalSeconds} s: {what()}");
            }

            await Task.Delay(10);
        }
    }
}
