using ChaosBench.Model.Kinds;
using ChaosBench.Network.Proxy.Toxics;

namespace ChaosBench.Faults.Links.Bandwidth;

/// <summary>A narrow client link: each connection paced to a rate per direction, as Toxiproxy's <c>bandwidth</c> (in bytes, not KB).</summary>
public sealed class BandwidthFault : LinkFault<BandwidthOptions>
{
    public override string Name => "bandwidth";

    private protected override Toxic Toxic(BandwidthOptions options) => new BandwidthToxic(options.Rate ?? 1) { Direction = options.Direction };

    private protected override void ValidateToxic(BandwidthOptions options, KindCheck check)
    {
        if (options.Rate < 1)
        {
            check.Error("rate", "a rate below 1 byte per second passes nothing", "a rate such as 64KiB, or 'timeout' to pass nothing");
        }
    }
}
