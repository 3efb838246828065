using ChaosBench.Model.Kinds;
using Layer = ChaosBench.PowerLoss.DiskFaults;

namespace ChaosBench.Faults.DiskFull;

/// <summary>A full disk: writes and <c>fallocate</c> on the member's power-loss volume fail with ENOSPC, at once or after some more bytes.</summary>
public sealed class DiskFullFault : DiskFaultKind<DiskFullOptions>
{
    public override string Name => "disk-full";

    private protected override void ValidateFault(DiskFullOptions options, KindCheck check)
    {
        if (options.AfterBytes < 0)
        {
            check.Error("after", $"disk-full's 'after' is {options.AfterBytes} bytes", "0 or more, e.g. 1MiB");
        }
    }

    private protected override Layer.DiskFault Build(DiskFullOptions options, string? path) => new Layer.DiskFull { Path = path, AfterBytes = options.AfterBytes };

    private protected override string Describe(DiskFullOptions options) => options.AfterBytes is { } after ? $" after {after} more bytes" : string.Empty;
}
