using ChaosBench.Faults.PowerLoss;
using ChaosBench.Model;
using ChaosBench.Model.Options;
using ChaosBench.PowerLoss;

namespace ChaosBench.Faults.TornWrite;

/// <summary>
/// A power cut in the middle of a write: of the member's most recent unsynced write (under <c>path</c>
/// when given) only a prefix of seed-chosen length, at least one byte and at least one short, reaches
/// the disk; every other unsynced write is dropped as in a power cut.
/// </summary>
public sealed class TornWriteFault : IFault
{
    public string Kind => FaultKinds.TornWrite;

    public Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, CancellationToken ct)
    {
        var random = context.RandomFor(fault, member);
        return PowerCut.ApplyAsync(context, member, fault, m =>
        {
            var latest = m.PowerLoss
                .Select(v => (Volume: v, Under: fault.Path is null ? null : v.Inside(fault.Path)))
                .Where(c => fault.Path is null || c.Under is not null)
                .Select(c => (c.Volume, c.Under, Sequence: c.Volume.Mount.LatestWrite(c.Under)))
                .Where(c => c.Sequence is not null)
                .MaxBy(c => c.Sequence);
            if (latest.Volume is null)
            {
                throw new FaultException(Kind, m.Name, $"no unsynced write{(fault.Path is null ? string.Empty : $" under {fault.Path}")} to tear: the product made everything durable");
            }

            // Byte granularity until the scenario format carries torn-write's granularity (issue 23).
            var torn = latest.Volume.Mount.Tear(random.Next, latest.Under, TearGranularity.Byte)!;
            return [PowerCut.Describe(latest.Volume, torn), .. m.PowerLoss.Where(v => v != latest.Volume).Select(v => PowerCut.Describe(v, v.Mount.Crash()))];
        }, ct);
    }
}
