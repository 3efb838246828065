using System.Diagnostics;
using ChaosBench.Engine.Local;

namespace ChaosBench.Faults;

/// <summary>
/// SIGKILL to every process of a member at one instant: through this machine's kernel when the engine is local
/// (freeze the cgroup, signal, thaw; dead by the process table), through the engine's API otherwise.
/// </summary>
internal static class MemberKill
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Kills the member and returns once the engine, too, reports it not running, so that a start right after it
    /// cannot race the engine's own bookkeeping. <see cref="Outcome.Dead"/> is the time from the request until
    /// the process table (direct) or the engine (API) showed it dead.
    /// </summary>
    public static async Task<Outcome> KillAsync(FaultContext context, Member member, string kind, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        string whyNot;
        if (context.Processes.Unreachable is { } unreachable)
        {
            whyNot = unreachable;
        }
        else
        {
            // By the container's id first; only where Docker's cgroup names are not the usual ones, by its main PID.
            var direct = context.Processes.KillAll(member.ContainerId, 0, out whyNot);
            if (direct is null)
            {
                var state = (await context.Engine.Containers.InspectAsync(member.ContainerId, ct)).State;
                whyNot = "the engine reports it not running";
                direct = state.Running ? context.Processes.KillAll(member.ContainerId, state.Pid, out whyNot) : null;
            }

            if (direct is not null)
            {
                using var kill = direct;
                if (!await kill.WaitDeadAsync(Limit, ct))
                {
                    throw new FaultException(kind, member.Name, $"SIGKILL went to its {kill.Pids.Count} processes through the {kill.Via}, but some still live after {Limit.TotalSeconds:0}s");
                }

                var dead = clock.Elapsed;
                var engineSaw = await Confirm.StateAsync(context, member, kind, "not running", c => !c.State.Running, clock, ct);
                var how = $"SIGKILL to {kill.Pids.Count} process{(kill.Pids.Count == 1 ? string.Empty : "es")} {(kill.AtOnce ? "at once " : string.Empty)}via {kill.Via} (direct)";
                return new Outcome(how, dead, $"; the engine reported it dead after {engineSaw.TotalMilliseconds:0.0}ms");
            }
        }

        clock.Restart();
        await context.Engine.Containers.KillAsync(member.ContainerId, "KILL", ct);
        var confirmed = await Confirm.StateAsync(context, member, kind, "not running", c => !c.State.Running, clock, ct);
        return new Outcome($"SIGKILL via engine API ({whyNot})", confirmed, string.Empty);
    }

    /// <summary>How the kill went, for the timeline.</summary>
    /// <param name="How">The path taken, e.g. <c>SIGKILL to 3 processes at once via its PID namespace's init (direct)</c>.</param>
    /// <param name="Dead">From the request until the member was seen dead.</param>
    /// <param name="EngineNote">On the direct path, when the engine caught up; empty otherwise.</param>
    internal sealed record Outcome(string How, TimeSpan Dead, string EngineNote);
}
