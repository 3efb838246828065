using ChaosBench.Model.Kinds;
using ChaosBench.Network.Proxy.Toxics;

namespace ChaosBench.Faults.Links.Loss;

/// <summary>
/// Packet loss as a TCP proxy can give it: a lost chunk stalls (what a retransmission costs) or resets the
/// connection; bytes are never dropped from a stream that goes on (see docs/network-faults.md).
/// </summary>
public sealed class LossFault : LinkFault<LossOptions>
{
    public override string Name => "loss";

    private protected override Toxic Toxic(LossOptions options) => new LossToxic(options.Rate ?? 0) { Mode = options.Mode, Stall = options.Stall, Direction = options.Direction };

    private protected override void ValidateToxic(LossOptions options, KindCheck check)
    {
        if (options.Rate is < 0 or > 1 or double.NaN)
        {
            check.Error("rate", $"a share of {options.Rate} chunks cannot be lost", "a share from 0 to 1, e.g. 0.05");
        }

        if (options.Stall < TimeSpan.Zero)
        {
            check.Error("stall", "a negative stall", "0 or more, e.g. 200ms");
        }
    }
}
