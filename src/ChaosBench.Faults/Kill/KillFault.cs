using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Faults.Kill;

/// <summary>Sends a signal to the member's main process; a terminating signal is confirmed by the engine reporting the container dead.</summary>
public sealed class KillFault : IFault
{
    private static readonly HashSet<string> Terminating = ["KILL", "TERM", "INT", "QUIT", "ABRT", "SEGV"];

    public string Kind => FaultKinds.Kill;

    public async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, CancellationToken ct)
    {
        // Stopped before the kill, so a readiness watch from the last start sees the exit as the harness's doing.
        var terminating = Terminating.Contains(fault.Signal);
        if (terminating)
        {
            member.Faults |= MemberFaults.Stopped;
        }

        var clock = Stopwatch.StartNew();
        await context.Engine.Containers.KillAsync(member.ContainerId, fault.Signal, ct);
        if (!terminating)
        {
            return new FaultEffect($"SIG{fault.Signal} delivered", clock.Elapsed);
        }

        var confirmed = await Confirm.StateAsync(context, member, Kind, "not running", c => !c.State.Running, clock, ct);
        var exit = (await context.Engine.Containers.InspectAsync(member.ContainerId, ct)).State.ExitCode;
        return new FaultEffect($"SIG{fault.Signal}: exited {exit}", confirmed);
    }
}
