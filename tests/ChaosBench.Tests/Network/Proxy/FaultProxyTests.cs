using System.Diagnostics;
using ChaosBench.Network.Proxy;
using ChaosBench.Network.Proxy.Toxics;

namespace ChaosBench.Tests.Network.Proxy;

/// <summary>The proxy on loopback in front of an echo server: forwarding, toxics added and removed on open connections, events, seeds.</summary>
[CancelAfter(30_000)]
public sealed class FaultProxyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Test]
    public async Task Forward_NoToxic_EchoesEveryByteAndPassesTheClose()
    {
        // Given a proxy with no toxic in front of an echo server
        await using var echo = new EchoServer();
        await using var proxy = Start(echo);
        using var client = await ProxyClient.ConnectAsync(proxy.Listening);
        var data = Bytes(200_000);

        // When 200 kB go through and the client closes its half
        await client.SendAsync(data);
        client.CloseSending();
        var received = await client.ReceiveAsync(data.Length + 1, Patience);

        // Then every byte came back, in order, and the server's close came through too
        Assert.That(received.Ending, Is.EqualTo("eof"));
        Assert.That(received.Data, Is.EqualTo(data));
    }

    [Test]
    public async Task Add_LatencyOnAnOpenConnection_DelaysItsNextChunkAndRemovingItEndsTheDelay()
    {
        // Given an open connection that echoes at once
        await using var echo = new EchoServer();
        await using var proxy = Start(echo);
        using var client = await ProxyClient.ConnectAsync(proxy.Listening);
        await RoundTripAsync(client);
        var before = await RoundTripAsync(client);

        // When 300 ms of latency are added downstream, then removed
        proxy.Add(new LatencyToxic(TimeSpan.FromMilliseconds(300)));
        var during = await RoundTripAsync(client);
        proxy.Remove("latency-down");
        var after = await RoundTripAsync(client);

        // Then only the round trip in between paid it
        Assert.That(before.TotalMilliseconds, Is.LessThan(150));
        Assert.That(during.TotalMilliseconds, Is.InRange(290, 800));
        Assert.That(after.TotalMilliseconds, Is.LessThan(150));
    }

    [Test]
    public async Task Add_InvalidOptions_NamesEveryProblemAtOnce()
    {
        await using var echo = new EchoServer();
        await using var proxy = Start(echo);

        var error = Assert.Throws<InvalidToxicException>(() =>
            proxy.Add(new SlicerToxic(0) { SizeVariation = -1, Delay = TimeSpan.FromMilliseconds(-1) }));

        Assert.That(error!.Problems, Has.Count.EqualTo(3));
        Assert.That(error.Message, Does.StartWith("proxy echo: toxic slicer-down: average size 0 is below 1 byte; size variation -1"));
        Assert.That(proxy.ActiveToxics, Is.Empty);
    }

    [Test]
    public async Task Add_NameAlreadyActing_IsRefusedWithTheFix()
    {
        await using var echo = new EchoServer();
        await using var proxy = Start(echo);
        proxy.Add(new LatencyToxic(TimeSpan.FromMilliseconds(5)) { Direction = ToxicDirection.Up });

        var error = Assert.Throws<InvalidToxicException>(() => proxy.Add(new LatencyToxic(TimeSpan.FromMilliseconds(9)) { Direction = ToxicDirection.Up }));

        Assert.That(error!.Message, Does.EndWith("a toxic named latency-up is already acting; fix: give this one another name"));
    }

    [Test]
    public async Task Timeout_Hold_KeepsDataUntilRemovedThenDeliversItWhole()
    {
        // Given a connection held upstream
        await using var echo = new EchoServer();
        await using var proxy = Start(echo);
        using var client = await ProxyClient.ConnectAsync(proxy.Listening);
        proxy.Add(new TimeoutToxic(TimeSpan.Zero) { Direction = ToxicDirection.Up });
        var data = Bytes(50_000);

        // When data is sent, nothing comes back while the toxic acts
        await client.SendAsync(data);
        var held = await client.ReceiveAsync(data.Length, TimeSpan.FromMilliseconds(700));
        proxy.Remove("timeout-up");
        var released = await client.ReceiveAsync(data.Length, Patience);

        // Then after removal every byte comes, in order: held, not dropped
        Assert.That((held.Ending, held.Data.Length), Is.EqualTo(("timeout", 0)));
        Assert.That(released.Data, Is.EqualTo(data));
    }

    [Test]
    public async Task Timeout_WithDuration_ClosesTheConnectionThatLongAfterItCame()
    {
        await using var echo = new EchoServer();
        await using var proxy = Start(echo);
        using var client = await ProxyClient.ConnectAsync(proxy.Listening);
        var clock = Stopwatch.StartNew();

        proxy.Add(new TimeoutToxic(TimeSpan.FromMilliseconds(400)));
        var received = await client.ReceiveAsync(1, Patience);

        Assert.That(received.Ending, Is.EqualTo("eof"));
        Assert.That(clock.Elapsed.TotalMilliseconds, Is.InRange(390, 2000));
    }

    [Test]
    public async Task Reset_OnData_BothEndsSeeAReset()
    {
        await using var echo = new EchoServer();
        await using var proxy = Start(echo);
        using var client = await ProxyClient.ConnectAsync(proxy.Listening);
        await RoundTripAsync(client);

        proxy.Add(new ResetToxic { Direction = ToxicDirection.Up });
        await client.SendAsync(Bytes(10));
        var received = await client.ReceiveAsync(10, Patience);

        Assert.That(received.Ending, Is.EqualTo("ConnectionReset"));
        await Eventually(() => echo.Endings.Contains("ConnectionReset"), "the server's side was reset too");
    }

    [Test]
    public async Task LimitData_Down_PassesExactlyThatManyBytesThenCloses()
    {
        await using var echo = new EchoServer();
        await using var proxy = Start(echo);
        proxy.Add(new LimitDataToxic(1000));
        using var client = await ProxyClient.ConnectAsync(proxy.Listening);
        var data = Bytes(5000);

        await client.SendAsync(data);
        var received = await client.ReceiveAsync(data.Length, Patience);

        Assert.That(received.Ending, Is.EqualTo("eof"));
        Assert.That(received.Data, Is.EqualTo(data[..1000]));
    }

    [Test]
    public async Task Slicer_Down_ArrivesInSmallReadsWithTheDelaysBetween()
    {
        await using var echo = new EchoServer();
        await using var proxy = Start(echo);
        proxy.Add(new SlicerToxic(100) { SizeVariation = 20, Delay = TimeSpan.FromMilliseconds(5) });
        using var client = await ProxyClient.ConnectAsync(proxy.Listening);
        var data = Bytes(4000);

        await client.SendAsync(data);
        var received = await client.ReceiveAsync(data.Length, Patience);

        Assert.That(received.Data, Is.EqualTo(data));
        Assert.That(received.Reads, Is.GreaterThanOrEqualTo(25), "at most 120 bytes a slice, 5 ms apart: the reader sees them apart");
        // At least 33 waits between slices; .NET's timers tick in whole milliseconds, so a 5 ms wait may measure 4.x.
        Assert.That(received.Elapsed.TotalMilliseconds, Is.GreaterThanOrEqualTo(4000 / 120 * 4));
    }

    [Test]
    public async Task SlowClose_Down_HoldsTheServersCloseForItsDelay()
    {
        await using var echo = new EchoServer();
        await using var proxy = Start(echo);
        proxy.Add(new SlowCloseToxic(TimeSpan.FromMilliseconds(500)));
        using var client = await ProxyClient.ConnectAsync(proxy.Listening);

        await client.SendAsync(Bytes(10));
        client.CloseSending();
        var received = await client.ReceiveAsync(11, Patience);

        Assert.That((received.Ending, received.Data.Length), Is.EqualTo(("eof", 10)));
        Assert.That(received.Elapsed.TotalMilliseconds, Is.InRange(480, 2000));
    }

    [Test]
    public async Task Bandwidth_Down_PacesAStreamToTheRate()
    {
        await using var echo = new EchoServer();
        await using var proxy = Start(echo);
        proxy.Add(new BandwidthToxic(100_000));
        using var client = await ProxyClient.ConnectAsync(proxy.Listening);
        var data = Bytes(60_000);

        await client.SendAsync(data);
        var received = await client.ReceiveAsync(data.Length, Patience);

        // Timed from the first piece on, so that connecting and the echo's own pace do not count
        var first = received.Arrivals[0].At;
        var firstPiece = received.Arrivals.TakeWhile(a => a.At - first < TimeSpan.FromMilliseconds(40)).Sum(a => a.Bytes);
        var rate = (data.Length - firstPiece) / (received.Arrivals[^1].At - first).TotalSeconds;
        Assert.That(received.Data, Is.EqualTo(data));
        Assert.That(rate, Is.InRange(80_000, 120_000));
    }

    [Test]
    public async Task Loss_CloseMode_SameSeedLosesTheSameConnections()
    {
        // Given ten connections one after the other, each sending one chunk through a 50 % loss that resets
        var first = await LossPatternAsync(seed: 7);
        var again = await LossPatternAsync(seed: 7);
        var other = await LossPatternAsync(seed: 8);

        // Then the seed alone decides which were lost, some were and some were not
        Assert.That(again, Is.EqualTo(first));
        Assert.That(first, Does.Contain("ConnectionReset").And.Contain("complete"));
        Assert.That(other, Is.Not.EqualTo(first));
    }

    [Test]
    public async Task Loss_StallMode_HoldsALostChunkForTheStallAndLosesNoByte()
    {
        await using var echo = new EchoServer();
        await using var proxy = Start(echo);
        proxy.Add(new LossToxic(1.0) { Stall = TimeSpan.FromMilliseconds(300), Direction = ToxicDirection.Up });
        using var client = await ProxyClient.ConnectAsync(proxy.Listening);

        var elapsed = await RoundTripAsync(client);

        Assert.That(elapsed.TotalMilliseconds, Is.InRange(290, 1000));
    }

    [Test]
    public async Task Events_EveryChangeAndEveryConnectionAToxicEnds_AreReportedInOrder()
    {
        var events = new List<ProxyEvent>();
        await using var echo = new EchoServer();
        await using var proxy = FaultProxy.Start(new FaultProxyOptions { Name = "echo", Upstream = echo.EndPoint, Events = e => { lock (events) { events.Add(e); } } });
        using var client = await ProxyClient.ConnectAsync(proxy.Listening);

        proxy.Add(new LatencyToxic(TimeSpan.FromMilliseconds(10)) { Jitter = TimeSpan.FromMilliseconds(2), Direction = ToxicDirection.Both });
        proxy.Add(new ResetToxic { Name = "rst" });
        proxy.Remove("latency-both");
        await client.SendAsync(Bytes(1));
        await client.ReceiveAsync(1, Patience);
        proxy.RemoveAll();

        string[] expected = ["ToxicAdded latency-both latency 10ms ±2ms both", "ToxicAdded rst reset down", "ToxicRemoved latency-both latency 10ms ±2ms both", "ConnectionReset rst reset by rst", "ToxicRemoved rst reset down"];
        Assert.That(events.Select(e => $"{e.Kind} {e.Toxic} {e.Detail}"), Is.EqualTo(expected));
        Assert.That(events.Select(e => e.Proxy), Is.All.EqualTo("echo"));
    }

    [Test]
    public async Task Dispose_OpenConnection_ClosesItAndStopsListening()
    {
        await using var echo = new EchoServer();
        var proxy = Start(echo);
        using var client = await ProxyClient.ConnectAsync(proxy.Listening);
        await RoundTripAsync(client);

        await proxy.DisposeAsync();
        var received = await client.ReceiveAsync(1, Patience);

        Assert.That(received.Ending, Is.EqualTo("eof"));
        Assert.That(proxy.Connections, Is.Zero);
        Assert.ThrowsAsync<System.Net.Sockets.SocketException>(async () => (await ProxyClient.ConnectAsync(proxy.Listening)).Dispose());
    }

    [Test]
    public void SliceSize_ManyDraws_StayWithinTheVariationAndWhatIsLeft()
    {
        var slicer = new SlicerToxic(50) { SizeVariation = 10 };
        var random = new Random(3);

        var sizes = Enumerable.Range(0, 1000).Select(_ => slicer.SliceSize(random, 1000)).ToList();

        Assert.That(sizes, Is.All.InRange(40, 60));
        Assert.That(sizes.Distinct().Count(), Is.EqualTo(21), "every size in the range is drawn");
        Assert.That(slicer.SliceSize(random, 7), Is.EqualTo(7));
    }

    private static FaultProxy Start(EchoServer echo, int seed = 0) =>
        FaultProxy.Start(new FaultProxyOptions { Name = "echo", Upstream = echo.EndPoint, Random = new Random(seed) });

    private static async Task<TimeSpan> RoundTripAsync(ProxyClient client)
    {
        await client.SendAsync(Bytes(100));
        var received = await client.ReceiveAsync(100, Patience);
        Assert.That(received.Ending, Is.EqualTo("complete"));
        return received.Elapsed;
    }

    private static async Task<List<string>> LossPatternAsync(int seed)
    {
        await using var echo = new EchoServer();
        await using var proxy = Start(echo, seed);
        proxy.Add(new LossToxic(0.5) { Mode = LossMode.Close, Direction = ToxicDirection.Up });
        var endings = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            using var client = await ProxyClient.ConnectAsync(proxy.Listening);
            await client.SendAsync(Bytes(10));
            endings.Add((await client.ReceiveAsync(10, Patience)).Ending);
        }

        return endings;
    }

    private static byte[] Bytes(int count)
    {
        var data = new byte[count];
        new Random(count).NextBytes(data);
        return data;
    }

    private static async Task Eventually(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Patience)
            {
                Assert.Fail($"not within {Patience.TotalSeconds} s: {what}");
            }

            await Task.Delay(10);
        }
    }
}
