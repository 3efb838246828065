using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Faults.Start;

/// <summary>
/// Starts a stopped member again on the same container, volumes and name: the repair of kill and stop. With
/// <c>args</c> the container is made anew with them appended, as an operator restarts a member with a changed flag.
/// </summary>
public sealed class StartFault : IFault
{
    public string Kind => FaultKinds.Start;

    public async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        if (fault.Args.Count > 0)
        {
            var command = member.Spec.Command ?? (await context.Engine.Images.InspectAsync(member.Spec.Image, ct))?.Command ?? [];
            await Recreate.StartAsync(context, member, spec => spec with { Command = [.. command, .. fault.Args] }, ct);
        }
        else
        {
            await context.BeforeStart(member, ct);
            clock.Restart();
            await context.Engine.Containers.StartAsync(member.ContainerId, ct);
        }

        var confirmed = await Confirm.StateAsync(context, member, Kind, "running", c => c.State.Running || (fault.MayFail && c.State.Status == "exited"), clock, ct);
        member.Faults &= ~MemberFaults.Stopped;
        await Confirm.RefreshAddressAsync(context, member, ct);
        var with = fault.Args.Count > 0 ? $" with {string.Join(' ', fault.Args)}" : string.Empty;
        return new FaultEffect($"running{with}", confirmed);
    }
}
