using System.Net;
using ChaosBench.Network.Proxy;
using ChaosBench.Network.Proxy.Toxics;

namespace ChaosBench.Tests.Network.Proxy;

/// <summary>
/// A proxy as a peer link uses it: connections known by the address they come from (two addresses of 127/8 stand
/// for two peers), and an upstream looked up for each connection.
/// </summary>
[CancelAfter(30_000)]
public sealed class FaultProxyPeerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private static readonly IPAddress PeerA = IPAddress.Parse("127.0.0.2");
    private static readonly IPAddress PeerB = IPAddress.Parse("127.0.0.3");

    [Test]
    public async Task Add_ToxicFromOnePeer_DelaysThatPeersConnectionOnly()
    {
        // Given a link whose connections from 127.0.0.2 are peer a's and from 127.0.0.3 peer b's
        await using var echo = new EchoServer();
        await using var proxy = FaultProxy.Start(new FaultProxyOptions
        {
            Name = "link-c",
            Upstream = echo.EndPoint,
            SourceName = address => address.Equals(PeerA) ? "a" : address.Equals(PeerB) ? "b" : null,
        });
        using var a = await ProxyClient.ConnectAsync(proxy.Listening, PeerA);
        using var b = await ProxyClient.ConnectAsync(proxy.Listening, PeerB);

        // When 300 ms of latency act on a's connections only
        proxy.Add(new LatencyToxic(TimeSpan.FromMilliseconds(300)) { From = new HashSet<string> { "a" } });
        var fromA = await RoundTripAsync(a);
        var fromB = await RoundTripAsync(b);

        // Then a pays it and b does not; the timeline's line names the peer
        Assert.That(fromA.TotalMilliseconds, Is.InRange(290, 800));
        Assert.That(fromB.TotalMilliseconds, Is.LessThan(150));
        Assert.That(proxy.ActiveToxics.Single().ToString(), Is.EqualTo("latency 300ms down from a"));
    }

    [Test]
    public async Task Connect_UpstreamLookedUpPerConnection_FollowsItAndRefusesWhileThereIsNone()
    {
        // Given a link whose member is down (no address), then up at the echo server's address
        await using var echo = new EchoServer();
        EndPoint? now = null;
        await using var proxy = FaultProxy.Start(new FaultProxyOptions
        {
            Name = "link-c",
            Upstream = new DnsEndPoint("c", echo.EndPoint.Port),
            ResolveUpstream = () => now,
        });

        // When a peer connects while it is down, and again once it is up
        var refused = await EndingOfAsync(proxy.Listening);
        now = echo.EndPoint;
        using var late = await ProxyClient.ConnectAsync(proxy.Listening);
        var served = await RoundTripAsync(late);

        // Then the first is reset as the member itself would, the second served; the link is named by its member
        Assert.That(refused, Is.EqualTo("ConnectionReset"));
        Assert.That(served, Is.LessThan(Patience));
        Assert.That(proxy.Destination, Is.EqualTo($"c:{echo.EndPoint.Port}"));
    }

    /// <summary>How a connection that sends nothing ends; on loopback a reset may already reach the connect.</summary>
    private static async Task<string> EndingOfAsync(IPEndPoint at)
    {
        try
        {
            using var client = await ProxyClient.ConnectAsync(at);
            return (await client.ReceiveAsync(10, Patience)).Ending;
        }
        catch (System.Net.Sockets.SocketException e)
        {
            return e.SocketErrorCode.ToString();
        }
    }

    private static async Task<TimeSpan> RoundTripAsync(ProxyClient client)
    {
        await client.SendAsync(new byte[100]);
        var received = await client.ReceiveAsync(100, Patience);
        Assert.That(received.Ending, Is.EqualTo("complete"));
        return received.Elapsed;
    }
}
