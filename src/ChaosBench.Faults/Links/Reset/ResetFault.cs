using ChaosBench.Model.Kinds;
using ChaosBench.Network.Proxy.Toxics;

namespace ChaosBench.Faults.Links.Reset;

/// <summary>
/// Connections reset by peer, as Toxiproxy's <c>reset_peer</c>: when data or a close next comes its way, both
/// sockets are closed with a zero linger, so the workload and the member each get an RST.
/// </summary>
public sealed class ResetFault : LinkFault<ResetOptions>
{
    public override string Name => "reset";

    private protected override Toxic Toxic(ResetOptions options) => new ResetToxic { Timeout = options.After, Direction = options.Direction };

    private protected override void ValidateToxic(ResetOptions options, KindCheck check)
    {
        if (options.After < TimeSpan.Zero)
        {
            check.Error("after", "a reset cannot come before the data", "0 (at once) or a positive duration");
        }
    }
}
