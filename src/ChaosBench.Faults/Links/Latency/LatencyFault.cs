using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Network.Proxy.Toxics;

namespace ChaosBench.Faults.Links.Latency;

/// <summary>A slow client link: each chunk held for the latency (± jitter), as Toxiproxy's <c>latency</c>.</summary>
public sealed class LatencyFault : LinkFault<LatencyOptions>
{
    public override string Name => "latency";

    private protected override Toxic Toxic(LatencyOptions options) =>
        new LatencyToxic(options.Latency ?? TimeSpan.Zero) { Jitter = options.Jitter, Direction = options.Direction };

    private protected override void ValidateToxic(LatencyOptions options, KindCheck check)
    {
        if (options.Latency <= TimeSpan.Zero)
        {
            check.Error("latency", "a latency of 0 or less delays nothing", "a positive duration, e.g. 200ms");
        }

        if (options.Jitter < TimeSpan.Zero || options.Jitter > options.Latency)
        {
            check.Error("jitter", $"jitter {Durations.Format(options.Jitter)} is not between 0 and the latency: a chunk cannot leave before it came", "a jitter at most the latency, e.g. a tenth of it");
        }
    }
}
