using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Faults.Start;

/// <summary>Starts a stopped member again on the same container, volumes and name: the repair of kill and stop.</summary>
public sealed class StartFault : IFault
{
    public string Kind => FaultKinds.Start;

    public async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, CancellationToken ct)
    {
        await context.BeforeStart(member, ct);
        var clock = Stopwatch.StartNew();
        await context.Engine.Containers.StartAsync(member.ContainerId, ct);
        var confirmed = await Confirm.StateAsync(context, member, Kind, "running", c => c.State.Running, clock, ct);
        member.Faults &= ~MemberFaults.Stopped;
        await Confirm.RefreshAddressAsync(context, member, ct);
        return new FaultEffect("running", confirmed);
    }
}
