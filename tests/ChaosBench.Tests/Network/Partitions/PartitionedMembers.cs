using System.Globalization;
using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Network.Partitions;

namespace ChaosBench.Tests.Network.Partitions;

/// <summary>
/// Three etcd members on a network of the test's own, and a one-way probe: UDP datagrams sent with bash's
/// <c>/dev/udp</c> to a port nothing listens on, counted by the receiving kernel as <c>Udp NoPorts</c> in
/// <c>/proc/net/snmp</c> of its namespace. A datagram dropped in INPUT never reaches UDP, so it is not counted.
/// </summary>
internal sealed class PartitionedMembers : IAsyncDisposable
{
    private const int Datagrams = 5;

    private PartitionedMembers(RunResources run, IReadOnlyList<PartitionMember> members)
    {
        Run = run;
        Members = members;
    }

    public RunResources Run { get; }

    public IReadOnlyList<PartitionMember> Members { get; }

    public PartitionMember A => Members[0];

    public PartitionMember B => Members[1];

    public PartitionMember C => Members[2];

    public static async Task<PartitionedMembers> StartAsync()
    {
        var engine = TestEnvironment.Engine();
        var run = TestEnvironment.NewRun(engine);
        var image = await TestEnvironment.ImageAsync("etcd-3.4");
        var network = $"cb-{run.RunId}";
        await run.CreateNetworkAsync(network);
        var members = new List<PartitionMember>();
        foreach (var name in new[] { "a", "b", "c" })
        {
            var id = await run.CreateContainerAsync(new ContainerSpec
            {
                Image = image.Id,
                Name = $"{run.RunId}-{name}",
                Networks = [new NetworkAttachment(network, [name])],
            });
            await engine.Containers.StartAsync(id);
            members.Add(new PartitionMember(name, id, [(await engine.Containers.InspectAsync(id)).NetworkAddresses[network]]));
        }

        return new PartitionedMembers(run, members);
    }

    /// <summary>Whether datagrams from <paramref name="from"/> reach <paramref name="to"/>'s kernel: all of them, or none.</summary>
    public async Task<bool> HearsAsync(PartitionMember to, PartitionMember from)
    {
        var before = await NoPortsAsync(to);
        var sent = await Run.Engine.Containers.ExecAsync(from.ContainerId, ["bash", "-c", $"for i in $(seq {Datagrams}); do echo probe > /dev/udp/{to.Addresses[0]}/9; done"]);
        Assert.That(sent.Succeeded, Is.True, $"the probe from {from} could not send: {sent.Stderr}");
        await Task.Delay(200);
        var arrived = await NoPortsAsync(to) - before;
        Assert.That(arrived, Is.EqualTo(0).Or.EqualTo(Datagrams), $"{arrived} of {Datagrams} datagrams from {from} reached {to}");
        return arrived == Datagrams;
    }

    /// <summary>What <c>iptables -S</c> lists in <paramref name="member"/>'s namespace, looked at from the host.</summary>
    public async Task<string> RulesAsync(PartitionMember member)
    {
        var listed = await new NsenterShell(Run.Engine).RunAsync(member.ContainerId, "iptables-nft -w -S", CancellationToken.None);
        Assert.That(listed.Succeeded, Is.True, listed.Stderr);
        return listed.Stdout;
    }

    public async ValueTask DisposeAsync()
    {
        await Run.DisposeAsync();
        Run.Engine.Dispose();
    }

    private async Task<long> NoPortsAsync(PartitionMember member)
    {
        var snmp = await Run.Engine.Containers.ExecAsync(member.ContainerId, ["cat", "/proc/net/snmp"]);
        var udp = snmp.Stdout.Split('\n').Where(l => l.StartsWith("Udp:", StringComparison.Ordinal)).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        return long.Parse(udp[1][Array.IndexOf(udp[0], "NoPorts")], CultureInfo.InvariantCulture);
    }
}
