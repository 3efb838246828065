using ChaosBench.Model.Kinds;
using ChaosBench.Network.Proxy.Toxics;

namespace ChaosBench.Faults.Links.Slicer;

/// <summary>A fragmenting client link, as Toxiproxy's <c>slicer</c>: a reader that takes one read for one message gets pieces.</summary>
public sealed class SlicerFault : LinkFault<SlicerOptions>
{
    public override string Name => "slicer";

    private protected override Toxic Toxic(SlicerOptions options) =>
        new SlicerToxic((int)(options.AverageSize ?? 1)) { SizeVariation = (int)options.SizeVariation, Delay = options.Delay, Direction = options.Direction };

    private protected override void ValidateToxic(SlicerOptions options, KindCheck check)
    {
        if (options.AverageSize is < 1 or > int.MaxValue)
        {
            check.Error("average-size", "a slice holds at least 1 byte, and at most a chunk", "a small size, e.g. 8");
        }

        if (options.SizeVariation < 0 || options.SizeVariation >= options.AverageSize)
        {
            check.Error("size-variation", "the size variation must be 0 or more and below the average size: a slice holds at least a byte", "e.g. half the average size");
        }

        if (options.Delay < TimeSpan.Zero)
        {
            check.Error("delay", "the pause between slices is negative", "0 or a positive duration, e.g. 1ms");
        }
    }
}
