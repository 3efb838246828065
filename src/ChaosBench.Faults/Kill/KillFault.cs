using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Faults.Kill;

/// <summary>
/// Sends a signal to the member: SIGKILL to every process at once, straight through the kernel when the engine is
/// local (<see cref="MemberKill"/>); any other signal to its main process through the engine, as <c>docker kill</c>
/// does. A terminating signal is confirmed by the member being dead; the timeline says which path was taken.
/// </summary>
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

        if (fault.Signal == "KILL")
        {
            var kill = await MemberKill.KillAsync(context, member, Kind, ct);
            return new FaultEffect($"{kill.How}: exited {await ExitCodeAsync(context, member, ct)}{kill.EngineNote}", kill.Dead);
        }

        // Other signals keep their meaning only for the main process (a TERM to every worker is not a shutdown request).
        var clock = Stopwatch.StartNew();
        await context.Engine.Containers.KillAsync(member.ContainerId, fault.Signal, ct);
        if (!terminating)
        {
            return new FaultEffect($"SIG{fault.Signal} delivered via engine API", clock.Elapsed);
        }

        var confirmed = await Confirm.StateAsync(context, member, Kind, "not running", c => !c.State.Running, clock, ct);
        return new FaultEffect($"SIG{fault.Signal} via engine API: exited {await ExitCodeAsync(context, member, ct)}", confirmed);
    }

    private static async Task<long> ExitCodeAsync(FaultContext context, Member member, CancellationToken ct) =>
        (await context.Engine.Containers.InspectAsync(member.ContainerId, ct)).State.ExitCode;
}
