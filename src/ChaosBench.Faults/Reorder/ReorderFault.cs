using ChaosBench.Model;
using Layer = ChaosBench.PowerLoss.DiskFaults;

namespace ChaosBench.Faults.Reorder;

/// <summary>
/// LazyFS's <c>torn-seq</c>: at the member's next <c>power-loss</c> or <c>torn-write</c>, of the writes made
/// since the last fsync only a seed-chosen subset survives, each whole, as a disk reordering its writes between
/// two flushes may leave them; the cut's line on the timeline says how many. Ends at that cut.
/// </summary>
public sealed class ReorderFault : DiskFaultKind<ReorderOptions>
{
    public override string Name => "reorder";

    /// <summary>What it reorders is what a cut drops: unsynced writes, which only a power-loss volume holds.</summary>
    public override VolumeLayer NeedsLayer => VolumeLayer.PowerLoss;

    private protected override Layer.DiskFault Build(ReorderOptions options, string? path) => new Layer.Reorder { Path = path };

    private protected override string Describe(ReorderOptions options) => " until the next power cut";
}
