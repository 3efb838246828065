using System.Net;
using System.Net.Sockets;
using ChaosBench.Engine;
using ChaosBench.Faults;
using ChaosBench.Faults.Links;

namespace ChaosBench.Tests.Faults;

/// <summary>The workload's links to members, on loopback addresses standing for the members' own.</summary>
public sealed class ClientLinksTests
{
    [Test]
    public async Task Connect_AfterTheMembersAddressChanged_ReachesTheNewAddress()
    {
        // Given a member at 127.0.0.2 with its client link, whose address then moves to 127.0.0.3 (a version hop's
        // new container may get another)
        using var before = Listening(IPAddress.Parse("127.0.0.2"), 0);
        var port = ((IPEndPoint)before.LocalEndpoint).Port;
        using var after = Listening(IPAddress.Parse("127.0.0.3"), port);
        var member = new Member("etcd-1", "etcd", new ContainerSpec { Image = "unused" }) { Address = "127.0.0.2" };
        await using var links = await ClientLinks.StartAsync([member], port, seed: 1, _ => { });
        member.Address = "127.0.0.3";

        // When the workload connects through the link
        using var client = new TcpClient();
        await client.ConnectAsync(links.ListeningFor("etcd-1")!);

        // Then the member's new address gets the connection, its old one nothing
        using var accepted = await after.AcceptSocketAsync().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(before.Pending(), Is.False);
    }

    private static TcpListener Listening(IPAddress address, int port)
    {
        var listener = new TcpListener(address, port);
        listener.Start();
        return listener;
    }
}
