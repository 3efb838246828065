using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Kill;

/// <summary>
/// Sends a signal to the member: SIGKILL to every process at once, straight through the kernel when the engine is
/// local (<see cref="MemberKill"/>); any other signal to its main process through the engine, as <c>docker kill</c>
/// does. A terminating signal is confirmed by the member being dead; the timeline says which path was taken.
/// </summary>
public sealed class KillFault : MemberFault<KillOptions>
{
    private static readonly HashSet<string> Terminating = ["KILL", "TERM", "INT", "QUIT", "ABRT", "SEGV"];

    public override string Name => "kill";

    public override string? RepairedBy => Start.StartFault.Named;

    public override bool IsCrash => true;

    /// <summary>A signal that does not end the product (HUP, USR1, STOP) leaves it running.</summary>
    protected override MemberState? Leaves(KillOptions options) => Terminating.Contains(Signals.Normalize(options.Signal) ?? string.Empty) ? MemberState.Stopped : null;

    protected override string Detail(KillOptions options) => $" (signal {Signals.Normalize(options.Signal)})";

    protected override void Validate(KillOptions options, KindCheck check)
    {
        if (Signals.Normalize(options.Signal) is null)
        {
            var name = options.Signal.ToUpperInvariant();
            check.Error("signal", $"unknown signal '{options.Signal}'", Names.Suggest(name.StartsWith("SIG", StringComparison.Ordinal) ? name[3..] : name, [.. Signals.All]));
        }
    }

    protected override async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, KillOptions options, CancellationToken ct)
    {
        // Stopped before the kill, so a readiness watch from the last start sees the exit as the harness's doing.
        var signal = Signals.Normalize(options.Signal)!;
        var terminating = Terminating.Contains(signal);
        if (terminating)
        {
            member.State |= MemberState.Stopped;
        }

        if (signal == "KILL")
        {
            var kill = await MemberKill.KillAsync(context, member, Name, ct);
            return new FaultEffect($"{kill.How}: exited {await ExitCodeAsync(context, member, ct)}{kill.EngineNote}", kill.Dead);
        }

        // Other signals keep their meaning only for the main process (a TERM to every worker is not a shutdown request).
        var clock = Stopwatch.StartNew();
        await context.Engine.Containers.KillAsync(member.ContainerId, signal, ct);
        if (!terminating)
        {
            return new FaultEffect($"SIG{signal} delivered via engine API", clock.Elapsed);
        }

        var confirmed = await Confirm.StateAsync(context, member, Name, "not running", c => !c.State.Running, clock, ct);
        return new FaultEffect($"SIG{signal} via engine API: exited {await ExitCodeAsync(context, member, ct)}", confirmed);
    }

    private static async Task<long> ExitCodeAsync(FaultContext context, Member member, CancellationToken ct) =>
        (await context.Engine.Containers.InspectAsync(member.ContainerId, ct)).State.ExitCode;
}
