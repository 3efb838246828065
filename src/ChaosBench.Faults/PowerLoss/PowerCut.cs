using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.PowerLoss;

namespace ChaosBench.Faults.PowerLoss;

/// <summary>
/// What power-loss and torn-write share: every process of the member dies at one instant (<see cref="MemberKill"/>:
/// its cgroup frozen, signalled and thawed on a local engine), and only once the engine, too, reports it dead is
/// the unsynced data dropped, so no write is in flight when the layer crashes.
/// </summary>
internal static class PowerCut
{
    public static async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, Func<Member, IReadOnlyList<string>> crash, CancellationToken ct)
    {
        if (member.PowerLoss.Count == 0)
        {
            throw new FaultException(fault.Kind.Name, member.Name, "none of its volumes is on the power-loss layer; declare its data volume with 'durability: power-loss'");
        }

        // The power goes now: no write-back from here on. Stopped before the kill, so a readiness watch from
        // the last boot sees the exit as the harness's doing.
        foreach (var volume in member.PowerLoss)
        {
            volume.Mount.Freeze();
        }

        member.State |= MemberState.Stopped;
        var kill = await MemberKill.KillAsync(context, member, fault.Kind.Name, ct);
        var dropped = crash(member);

        // A reorder acts at the cut and ends there, as the cut's line says: no repair is left to clear it, so the
        // heal phase does not (a repair after the workload would be taken for the recovery to measure).
        member.ForgetDiskFaults(d => d.Volume.Mount.Report(d.Id).Ended);

        return new FaultEffect($"power cut: {string.Join("; ", dropped)} ({kill.How}{kill.EngineNote})", kill.Dead);
    }

    /// <summary>One line per volume: what the crash dropped from it.</summary>
    public static string Describe(PowerLossVolume volume, CrashReport report) => $"{volume.Name} {report}";
}
