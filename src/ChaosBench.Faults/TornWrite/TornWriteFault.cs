using ChaosBench.Faults.PowerLoss;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.PowerLoss;

namespace ChaosBench.Faults.TornWrite;

/// <summary>
/// A power cut in the middle of a write: of the member's most recent unsynced write (under <c>path</c>
/// when given) only a prefix of seed-chosen length, at least one byte and at least one short, reaches
/// the disk; every other unsynced write is dropped as in a power cut.
/// </summary>
public sealed class TornWriteFault : MemberFault<TornWriteOptions>
{
    public override string Name => "torn-write";

    public override string? RepairedBy => Start.StartFault.Named;

    public override bool IsCrash => true;

    public override VolumeLayer NeedsLayer => VolumeLayer.PowerLoss;

    protected override MemberState? Leaves(TornWriteOptions options) => MemberState.Stopped;

    protected override string Detail(TornWriteOptions options) =>
        (options.Path is { } under ? $" (under {under})" : string.Empty) + (options.Granularity == TearGranularity.Sector ? string.Empty : $" (granularity {(options.Granularity == TearGranularity.Byte ? "byte" : ((int)options.Granularity).ToString(System.Globalization.CultureInfo.InvariantCulture))})");

    protected override void Validate(TornWriteOptions options, KindCheck check)
    {
        if (options.Path is { } under && !under.StartsWith('/'))
        {
            check.Error("path", "torn-write's 'path' must be absolute", "write it as the product sees it, e.g. '/var/lib/etcd/member/wal'");
        }
    }

    protected override Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, TornWriteOptions options, CancellationToken ct)
    {
        var random = context.RandomFor(fault, member);
        return PowerCut.ApplyAsync(context, member, fault, m =>
        {
            var latest = m.PowerLoss
                .Select(v => (Volume: v, Under: options.Path is null ? null : v.Inside(options.Path)))
                .Where(c => options.Path is null || c.Under is not null)
                .Select(c => (c.Volume, c.Under, Sequence: c.Volume.Mount.LatestWrite(c.Under)))
                .Where(c => c.Sequence is not null)
                .OrderByDescending(c => c.Sequence)
                .FirstOrDefault(); // MaxBy of no tuple throws rather than answering the default the check below reads.
            if (latest.Volume is null)
            {
                throw new FaultException(Name, m.Name, $"no unsynced write{(options.Path is null ? string.Empty : $" under {options.Path}")} to tear: the product made everything durable");
            }

            var torn = latest.Volume.Mount.Tear(random.Next, latest.Under, options.Granularity)!;
            return [PowerCut.Describe(latest.Volume, torn), .. m.PowerLoss.Where(v => v != latest.Volume).Select(v => PowerCut.Describe(v, v.Mount.Crash()))];
        }, ct);
    }
}
