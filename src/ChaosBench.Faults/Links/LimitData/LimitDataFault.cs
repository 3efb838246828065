using ChaosBench.Model.Kinds;
using ChaosBench.Network.Proxy.Toxics;

namespace ChaosBench.Faults.Links.LimitData;

/// <summary>Connections cut after so many bytes, as Toxiproxy's <c>limit_data</c>: the reader gets exactly that many, then the end of the stream.</summary>
public sealed class LimitDataFault : LinkFault<LimitDataOptions>
{
    public override string Name => "limit-data";

    private protected override Toxic Toxic(LimitDataOptions options) => new LimitDataToxic(options.Bytes ?? 0) { Direction = options.Direction };

    private protected override void ValidateToxic(LimitDataOptions options, KindCheck check)
    {
        if (options.Bytes < 0)
        {
            check.Error("bytes", "a negative number of bytes", "0 (close at the next data) or more, e.g. 1KiB");
        }
    }
}
