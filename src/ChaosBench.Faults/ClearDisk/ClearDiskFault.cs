using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.ClearDisk;

/// <summary>
/// The repair of the disk faults: clears them from the member's layers, so the calls they covered behave again,
/// and puts each one's report (<c>12 of 40 writes refused with ENOSPC</c>) on the timeline. A <c>for:</c> clears
/// the faults its own fault injected; a scenario's <c>clear-disk-faults</c> and the heal phase clear them all.
/// </summary>
public sealed class ClearDiskFault : MemberFault<ClearDiskOptions>
{
    /// <summary>The kind's name, which the faults it repairs name as their repair.</summary>
    internal const string Named = "clear-disk-faults";

    public override string Name => Named;

    public override MemberState? Needs => MemberState.DiskFaulted;

    public override bool Repairs => true;

    protected override Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, ClearDiskOptions options, CancellationToken ct)
    {
        // A repair planned by 'for:' carries its fault's index; a declared one (its own index) or the heal phase's clears everything.
        var own = member.DiskFaults.Where(d => d.FaultIndex == fault.Index).ToList();
        var cleared = own.Count > 0 ? own : [.. member.DiskFaults];
        var reports = cleared.Select(d => $"{d.Volume.Name} {d.Volume.Mount.Clear(d.Id)}").ToList();
        member.ForgetDiskFaults(cleared.Contains);

        return Task.FromResult(new FaultEffect(reports.Count == 0 ? "no disk fault in effect" : $"cleared: {string.Join("; ", reports)}", TimeSpan.Zero));
    }
}
