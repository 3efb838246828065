using ChaosBench.Model.Kinds;
using ChaosBench.Network.Proxy.Toxics;

namespace ChaosBench.Faults.Links.Timeout;

/// <summary>
/// A link gone dark, as Toxiproxy's <c>timeout</c>: nothing passes its direction, not even a close; what is held is
/// delivered whole when the fault ends, as TCP delivers after a network heals.
/// </summary>
public sealed class TimeoutFault : LinkFault<TimeoutOptions>
{
    public override string Name => "timeout";

    private protected override Toxic Toxic(TimeoutOptions options) => new TimeoutToxic(options.After ?? TimeSpan.Zero) { Direction = options.Direction };

    private protected override void ValidateToxic(TimeoutOptions options, KindCheck check)
    {
        if (options.After <= TimeSpan.Zero)
        {
            check.Error("after", "a connection cannot be closed before the fault reached it", "a positive duration, e.g. 2s, or no 'after' to hold until the fault ends");
        }
    }
}
