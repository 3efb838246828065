using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using ChaosBench.Network.Proxy;
using ChaosBench.Network.Proxy.Toxics;

namespace ChaosBench.Tests.Network.Proxy;

/// <summary>Each toxic measured through a real etcd: its JSON gateway's puts and ranges through the proxy against the same without it.</summary>
[Category("Docker")]
[CancelAfter(60_000)]
[NonParallelizable]
public sealed class ToxicsThroughEtcdTests
{
    private EtcdBehindProxy _etcd = null!;

    [OneTimeSetUp]
    public async Task StartEtcd() => _etcd = await EtcdBehindProxy.StartAsync();

    [OneTimeTearDown]
    public async Task RemoveEtcd() => await _etcd.DisposeAsync();

    [Test]
    public async Task Latency_Down200ms_AddsWithin20PercentToThePutsMedian()
    {
        // Given puts timed straight to etcd and through a proxy with 200 ms downstream latency, one connection each
        using var http = EtcdBehindProxy.Client();
        await using var proxy = _etcd.Proxy();
        await EtcdBehindProxy.PutsAsync(http, proxy.Listening, 2);
        var direct = await EtcdBehindProxy.PutsAsync(http, _etcd.Etcd, 15);

        // When the toxic acts on the already open connection
        proxy.Add(new LatencyToxic(TimeSpan.FromMilliseconds(200)));
        var slowed = await EtcdBehindProxy.PutsAsync(http, proxy.Listening, 15);

        // Then the median put is 200 ms ± 20 % slower
        var added = EtcdBehindProxy.Median(slowed) - EtcdBehindProxy.Median(direct);
        Assert.That(added.TotalMilliseconds, Is.InRange(160, 240), $"direct median {EtcdBehindProxy.Median(direct).TotalMilliseconds:0.0} ms");
    }

    [Test]
    public async Task Bandwidth_Down_RangeOfALargeValueComesAtTheRateWithin20Percent()
    {
        // Given a 150 kB value in etcd (its answer is about 200 kB of base64 in JSON)
        using var http = EtcdBehindProxy.Client();
        await EtcdBehindProxy.PutAsync(http, _etcd.Etcd, "large", new string('x', 150_000));

        // When it is read through a proxy limited to 200,000 bytes/s downstream
        await using var proxy = _etcd.Proxy();
        proxy.Add(new BandwidthToxic(200_000));
        using var client = await ProxyClient.ConnectAsync(proxy.Listening);
        await client.SendAsync(EtcdBehindProxy.RangeRequest("large"));
        var answer = await client.ReceiveHttpAsync(TimeSpan.FromSeconds(10));

        // Then after the first piece the bytes came at that rate, ± 20 % (timed from the first piece, so neither the
        // connection nor etcd's own time to answer counts)
        var first = answer.Arrivals[0].At;
        var firstPiece = answer.Arrivals.TakeWhile(a => a.At - first < TimeSpan.FromMilliseconds(40)).Sum(a => a.Bytes);
        var rate = (answer.Data.Length - firstPiece) / (answer.Arrivals[^1].At - first).TotalSeconds;
        Assert.That(answer.Ending, Is.EqualTo("complete"));
        Assert.That(answer.Data, Has.Length.GreaterThan(190_000));
        Assert.That(rate, Is.InRange(160_000, 240_000), $"{answer.Reads} reads, {firstPiece} bytes in the first piece");
    }

    [Test]
    public async Task Reset_Up_EtcdClientSeesTheConnectionResetAndEtcdGoesOn()
    {
        using var http = EtcdBehindProxy.Client();
        await using var proxy = _etcd.Proxy();
        await EtcdBehindProxy.PutAsync(http, proxy.Listening, "before", "1");

        proxy.Add(new ResetToxic { Direction = ToxicDirection.Up });
        var error = Assert.ThrowsAsync<HttpRequestException>(() => EtcdBehindProxy.PutAsync(http, proxy.Listening, "during", "2"));

        Assert.That(Causes(error).OfType<SocketException>().Select(e => e.SocketErrorCode), Does.Contain(SocketError.ConnectionReset));
        proxy.Remove("reset-up");
        await EtcdBehindProxy.PutAsync(http, proxy.Listening, "after", "3");
    }

    [Test]
    public async Task Timeout_Hold_PutTimesOutAndAHeldRangeIsAnsweredOnceRemoved()
    {
        // Given a proxy whose upstream is held
        await using var proxy = _etcd.Proxy();
        proxy.Add(new TimeoutToxic(TimeSpan.Zero) { Direction = ToxicDirection.Up });

        // Then an etcd client with a 1 s timeout times out
        using var http = EtcdBehindProxy.Client(TimeSpan.FromSeconds(1));
        var error = Assert.ThrowsAsync<TaskCanceledException>(() => EtcdBehindProxy.PutAsync(http, proxy.Listening, "held", "1"));
        Assert.That(error!.InnerException, Is.InstanceOf<TimeoutException>());

        // And a request sent meanwhile gets no answer while held, its whole answer once the toxic is removed
        using var client = await ProxyClient.ConnectAsync(proxy.Listening);
        await client.SendAsync(EtcdBehindProxy.RangeRequest("held"));
        var held = await client.ReceiveHttpAsync(TimeSpan.FromMilliseconds(700));
        proxy.Remove("timeout-up");
        var answered = await client.ReceiveHttpAsync(TimeSpan.FromSeconds(5));
        Assert.That((held.Ending, held.Data.Length), Is.EqualTo(("timeout", 0)));
        Assert.That(answered.Ending, Is.EqualTo("complete"));
        Assert.That(Encoding.ASCII.GetString(answered.Data), Does.StartWith("HTTP/1.1 200 OK"));
    }

    [Test]
    public async Task Slicer_Down_EtcdAnswerArrivesInManySmallReadsAndWhole()
    {
        using var http = EtcdBehindProxy.Client();
        await EtcdBehindProxy.PutAsync(http, _etcd.Etcd, "sliced", new string('s', 3000));
        await using var proxy = _etcd.Proxy();
        proxy.Add(new SlicerToxic(64) { SizeVariation = 16, Delay = TimeSpan.FromMilliseconds(2) });

        using var client = await ProxyClient.ConnectAsync(proxy.Listening);
        await client.SendAsync(EtcdBehindProxy.RangeRequest("sliced"));
        var answer = await client.ReceiveHttpAsync(TimeSpan.FromSeconds(10));

        Assert.That(answer.Ending, Is.EqualTo("complete"), $"{answer.Data.Length} bytes in {answer.Reads} reads: {Encoding.ASCII.GetString(answer.Data)}");
        Assert.That(answer.Reads, Is.GreaterThanOrEqualTo(answer.Data.Length / 80 / 2), "at most 80 bytes a slice, 2 ms apart");
        Assert.That(ProxyClient.HttpBody(answer.Data), Does.Contain(EtcdBehindProxy.B64(new string('s', 3000))));
    }

    [Test]
    public async Task LimitData_Down_ClientGetsExactlyThatManyBytesOfTheAnswerThenTheEnd()
    {
        using var direct = await ProxyClient.ConnectAsync(_etcd.Etcd);
        await direct.SendAsync(EtcdBehindProxy.RangeRequest("k0"));
        var whole = await direct.ReceiveHttpAsync(TimeSpan.FromSeconds(5));
        await using var proxy = _etcd.Proxy();
        proxy.Add(new LimitDataToxic(64));

        using var client = await ProxyClient.ConnectAsync(proxy.Listening);
        await client.SendAsync(EtcdBehindProxy.RangeRequest("k0"));
        var cut = await client.ReceiveHttpAsync(TimeSpan.FromSeconds(5));

        Assert.That(whole.Data.Length, Is.GreaterThan(64));
        Assert.That((cut.Ending, cut.Data.Length), Is.EqualTo(("eof", 64)));
        Assert.That(Encoding.ASCII.GetString(cut.Data), Does.StartWith("HTTP/1.1 200 OK"));
    }

    [Test]
    public async Task Loss_StallUp_EveryLostRequestPaysTheStallAndNoPutFails()
    {
        using var http = EtcdBehindProxy.Client();
        await using var proxy = _etcd.Proxy();
        var direct = await EtcdBehindProxy.PutsAsync(http, proxy.Listening, 5);

        proxy.Add(new LossToxic(1.0) { Stall = TimeSpan.FromMilliseconds(250), Direction = ToxicDirection.Up });
        var lossy = await EtcdBehindProxy.PutsAsync(http, proxy.Listening, 5);

        var added = EtcdBehindProxy.Median(lossy) - EtcdBehindProxy.Median(direct);
        Assert.That(added.TotalMilliseconds, Is.InRange(200, 300));
    }

    [Test]
    public async Task SlowClose_Down_EtcdsCloseReachesTheClientOnlyAfterTheDelay()
    {
        await using var proxy = _etcd.Proxy();
        proxy.Add(new SlowCloseToxic(TimeSpan.FromMilliseconds(600)));
        using var client = await ProxyClient.ConnectAsync(proxy.Listening);
        await client.SendAsync(EtcdBehindProxy.RangeRequest("k0"));
        await client.ReceiveHttpAsync(TimeSpan.FromSeconds(5));

        client.CloseSending();
        var end = await client.ReceiveAsync(1, TimeSpan.FromSeconds(5));

        Assert.That(end.Ending, Is.EqualTo("eof"));
        Assert.That(end.Elapsed.TotalMilliseconds, Is.InRange(580, 3000));
    }

    [Test]
    public async Task Listen_OnTheNetworksGateway_AMemberReachesEtcdThroughItAndFeelsItsToxics()
    {
        // Given a proxy listening on the host's address on etcd's network, as a member-to-member link does
        await using var proxy = _etcd.Proxy(listen: await _etcd.GatewayAsync());
        proxy.Add(new LatencyToxic(TimeSpan.FromMilliseconds(300)) { Direction = ToxicDirection.Up });

        // When etcdctl inside the container puts through it
        var clock = Stopwatch.StartNew();
        var put = await _etcd.Engine.Containers.ExecAsync(_etcd.ContainerId, ["etcdctl", "--endpoints", $"http://{proxy.Listening}", "put", "via-proxy", "1"]);

        // Then the put went through the proxy and paid its latency
        Assert.That(put.Stdout.Trim(), Is.EqualTo("OK"), put.Stderr);
        Assert.That(clock.Elapsed.TotalMilliseconds, Is.GreaterThanOrEqualTo(300));
    }

    [Test]
    public async Task Dispose_ProxyWithAnOpenEtcdConnection_LeavesNoConnectionAndNoListener()
    {
        using var http = EtcdBehindProxy.Client();
        var proxy = _etcd.Proxy();
        await EtcdBehindProxy.PutAsync(http, proxy.Listening, "k", "v");
        Assert.That(proxy.Connections, Is.EqualTo(1));

        await proxy.DisposeAsync();

        Assert.That(proxy.Connections, Is.Zero);
        Assert.ThrowsAsync<HttpRequestException>(() => EtcdBehindProxy.PutAsync(http, proxy.Listening, "k", "v"));
    }

    private static IEnumerable<Exception> Causes(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            yield return error;
        }
    }
}
