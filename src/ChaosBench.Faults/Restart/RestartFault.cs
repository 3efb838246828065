using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Restart;

/// <summary>Stops (its stop signal, SIGKILL after 10 s, which the timeline then says) and starts the member; confirmed by a new start time.</summary>
public sealed class RestartFault : MemberFault<RestartOptions>
{
    public override string Name => "restart";

    /// <summary>Not a repair of anything, but its members come back: their recovery is watched and measured.</summary>
    public override bool StartsRecovery => true;

    protected override async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, RestartOptions options, CancellationToken ct)
    {
        var (confirmed, stop) = await MemberRestart.RestartAsync(context, member, Name, ct);
        return new FaultEffect($"restarted{stop}", confirmed);
    }
}
