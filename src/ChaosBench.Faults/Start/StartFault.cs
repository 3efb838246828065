using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Start;

/// <summary>
/// Starts a stopped member again on the same container, volumes and name: the repair of kill and stop. With
/// <c>args</c> the container is made anew with them appended, as an operator restarts a member with a changed flag.
/// </summary>
public sealed class StartFault : MemberFault<StartOptions>
{
    /// <summary>The kind's name, which the faults it repairs name as their repair.</summary>
    internal const string Named = "start";

    public override string Name => Named;

    public override MemberState? Needs => MemberState.Stopped;

    public override bool Repairs => true;

    protected override string Detail(StartOptions options) => options.Args.Count > 0 ? $" (with {string.Join(' ', options.Args)})" : string.Empty;

    protected override string Note(StartOptions options) => options.MayFail ? " (may fail)" : string.Empty;

    protected override async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, StartOptions options, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        if (options.Args.Count > 0)
        {
            var command = member.Spec.Command ?? (await context.Engine.Images.InspectAsync(member.Spec.Image, ct))?.Command ?? [];
            await Recreate.StartAsync(context, member, spec => spec with { Command = [.. command, .. options.Args] }, ct);
        }
        else
        {
            await context.BeforeStart(member, ct);
            clock.Restart();
            await context.Engine.Containers.StartAsync(member.ContainerId, ct);
        }

        var confirmed = await Confirm.StateAsync(context, member, Name, "running", c => c.State.Running || (options.MayFail && c.State.Status == "exited"), clock, ct);
        member.State &= ~MemberState.Stopped;
        await Confirm.RefreshAddressAsync(context, member, ct);
        var with = options.Args.Count > 0 ? $" with {string.Join(' ', options.Args)}" : string.Empty;
        return new FaultEffect($"running{with}", confirmed) { MayFailToRecover = options.MayFail };
    }
}
