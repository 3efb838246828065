using System.Diagnostics;
using ChaosBench.Network.Proxy;

namespace ChaosBench.Tests.Network.Proxy;

/// <summary>
/// The no-toxic path's threads (a blocking pump per direction): a reset passes as a reset, and no thread outlives
/// its connection. Linux: the threads are found by name in <c>/proc/self/task</c>.
/// </summary>
[CancelAfter(30_000)]
public sealed class FaultProxyThreadTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Test]
    public async Task Forward_ClientResets_TheServerSeesAReset()
    {
        // Given a connection through a proxy with no toxic, its pumps blocked in their reads
        await using var echo = new EchoServer();
        await using var proxy = Start(echo, "reset");
        var client = await ProxyClient.ConnectAsync(proxy.Listening);
        await client.SendAsync([1, 2, 3]);
        await client.ReceiveAsync(3, Patience);

        // When the client resets
        client.Reset();

        // Then the server's side is reset too, not closed
        await Eventually(() => echo.Endings.Contains("ConnectionReset"), $"the server's side was reset (ended: {string.Join(", ", echo.Endings)})");
        await Eventually(() => proxy.Connections == 0, "the connection was dropped");
    }

    [Test]
    public async Task Close_TenConnections_LeavesNoPumpThread()
    {
        // Given ten connections through a proxy, each with a pump thread per direction
        await using var echo = new EchoServer();
        await using var proxy = Start(echo, "pt");
        var clients = new List<ProxyClient>();
        for (var i = 0; i < 10; i++)
        {
            var client = await ProxyClient.ConnectAsync(proxy.Listening);
            await client.SendAsync([1]);
            await client.ReceiveAsync(1, Patience);
            clients.Add(client);
        }

        Assert.That(PumpThreads("pt"), Is.EqualTo(20));

        // When every client closes (half of them with a reset)
        for (var i = 0; i < clients.Count; i++)
        {
            if (i % 2 == 0)
            {
                clients[i].Dispose();
            }
            else
            {
                clients[i].Reset();
            }
        }

        // Then every pump thread ends with its connection
        await Eventually(() => PumpThreads("pt") == 0, $"the pump threads ended ({PumpThreads("pt")} left)");
        Assert.That(proxy.Connections, Is.Zero);
    }

    [Test]
    public async Task Dispose_PumpsBlockedInSends_ReturnsPromptly()
    {
        // Given a client that sends far more than the buffers hold and reads nothing back, so that both pumps end up
        // blocked in the kernel in a send (the echo server's answers fill the way back, then its reads stop)
        await using var echo = new EchoServer();
        var proxy = Start(echo, "st");
        using var client = await ProxyClient.ConnectAsync(proxy.Listening);
        _ = client.SendAsync(new byte[64 * 1024 * 1024]);
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        // When the proxy is disposed
        var clock = Stopwatch.StartNew();
        await proxy.DisposeAsync();

        // Then it returns at once, with no connection and no pump thread left
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
        Assert.That(proxy.Connections, Is.Zero);
        Assert.That(PumpThreads("st"), Is.Zero);
    }

    private static FaultProxy Start(EchoServer echo, string name) =>
        FaultProxy.Start(new FaultProxyOptions { Name = name, Upstream = echo.EndPoint });

    /// <summary>Threads named "proxy NAME up" and "proxy NAME down" (Linux keeps 15 characters of a name).</summary>
    private static int PumpThreads(string name) =>
        Directory.GetDirectories("/proc/self/task")
            .Select(task => File.Exists($"{task}/comm") ? File.ReadAllText($"{task}/comm").TrimEnd() : string.Empty)
            .Count(comm => comm == $"proxy {name} up" || comm == $"proxy {name} down");

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

    private static Task Eventually(Func<bool> condition, string what) => Eventually(condition, () => what);
}
