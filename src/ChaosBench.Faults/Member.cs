using ChaosBench.Engine;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults;

/// <summary>
/// One running member of a service: its container, its address on the run's network, and what is wrong with it now.
/// Faults read it; only the harness's own faults and runner change it (a recreate, an address, a state), so what a
/// team's fault sees is what the engine has.
/// </summary>
/// <param name="containerId">Its container, once created.</param>
public sealed class Member(string name, string service, ContainerSpec spec, string containerId = "")
{
    public string Name { get; } = name;

    public string Service { get; } = service;

    /// <summary>How its container is created; a version hop replaces the image and keeps the rest.</summary>
    public ContainerSpec Spec { get; internal set; } = spec;

    public string ContainerId { get; internal set; } = containerId;

    /// <summary>The command it was given (its service's <c>command</c>, or its cluster kind's), before <see cref="Args"/>; null: its image's own. A version hop keeps it.</summary>
    public IReadOnlyList<string>? OwnCommand { get; init; }

    /// <summary>Its service's <c>args</c>, appended to whichever command it runs, a version hop's new image's too. Default: none.</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>The networks it is on, by engine name; the first is where the harness reaches it.</summary>
    public IReadOnlyList<string> Networks => Spec.Networks.Select(n => n.Network).ToList();

    /// <summary>Its address on its first network (it can change when the member reconnects).</summary>
    public string Address { get; internal set; } = string.Empty;

    /// <summary>Its published ports as the engine last reported them: container port → <c>127.0.0.1:HOSTPORT</c>.</summary>
    public IReadOnlyDictionary<string, string> PublishedPorts { get; private set; } = new Dictionary<string, string>();

    /// <summary>Takes its address (on its first network) and published ports from what inspect says of its container now.</summary>
    public void Observe(ContainerInfo info)
    {
        Address = Networks is [var first, ..] ? info.NetworkAddresses.GetValueOrDefault(first, string.Empty) : string.Empty;
        PublishedPorts = info.PublishedPorts;
    }

    /// <summary>Log lines of containers this member had before (a version hop replaces its container).</summary>
    public List<string> EarlierLogs { get; } = [];

    /// <summary>Its volumes on the power-loss layer (<c>durability: power-loss</c>), where a power cut drops unsynced writes.</summary>
    public IReadOnlyList<PowerLossVolume> PowerLoss { get; init; } = [];

    /// <summary>The disk faults injected into its power-loss volumes and not cleared yet, oldest first.</summary>
    public List<InjectedDiskFault> DiskFaults { get; } = [];

    /// <summary>What is wrong with it now: the faults in effect on it.</summary>
    public MemberState State { get; internal set; }

    /// <summary>Forgets the disk faults <paramref name="gone"/> picks (cleared, or ended by a cut); with the last, it is no longer disk-faulted.</summary>
    internal void ForgetDiskFaults(Predicate<InjectedDiskFault> gone)
    {
        DiskFaults.RemoveAll(gone);
        if (DiskFaults.Count == 0)
        {
            State &= ~MemberState.DiskFaulted;
        }
    }

    public override string ToString() => Name;
}
