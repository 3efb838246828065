using ChaosBench.Model.Kinds;
using ChaosBench.Network.Proxy.Toxics;

namespace ChaosBench.Faults.Links.SlowClose;

/// <summary>Data passes at once, closes late, as Toxiproxy's <c>slow_close</c>.</summary>
public sealed class SlowCloseFault : LinkFault<SlowCloseOptions>
{
    public override string Name => "slow-close";

    private protected override Toxic Toxic(SlowCloseOptions options) => new SlowCloseToxic(options.Delay ?? TimeSpan.Zero) { Direction = options.Direction };

    private protected override void ValidateToxic(SlowCloseOptions options, KindCheck check)
    {
        if (options.Delay <= TimeSpan.Zero)
        {
            check.Error("delay", "a delay of 0 or less holds no close", "a positive duration, e.g. 2s");
        }
    }
}
