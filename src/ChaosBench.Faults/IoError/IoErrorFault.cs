using ChaosBench.Model.Kinds;
using Layer = ChaosBench.PowerLoss.DiskFaults;
using LayerErrno = ChaosBench.PowerLoss.Errno;

namespace ChaosBench.Faults.IoError;

/// <summary>A failing disk: the chosen calls on the member's power-loss volume fail with EIO (or another errno), always or with a probability.</summary>
public sealed class IoErrorFault : DiskFaultKind<IoErrorOptions>
{
    public override string Name => "io-error";

    private protected override void ValidateFault(IoErrorOptions options, KindCheck check)
    {
        if (!LayerErrno.TryParse(options.Errno, out _))
        {
            check.Error("errno", $"unknown errno '{options.Errno}'", $"one of {string.Join(", ", LayerErrno.Names)}");
        }

        if (options.Probability is <= 0 or > 1)
        {
            check.Error("probability", $"io-error's probability {options.Probability} never fails a call", "a share in (0, 1], e.g. 0.1 for one call in ten");
        }
    }

    private protected override Layer.DiskFault Build(IoErrorOptions options, string? path) => new Layer.IoError
    {
        Path = path,
        Calls = DiskCalls.Of(options.Calls),
        Errno = LayerErrno.TryParse(options.Errno, out var errno) ? errno : LayerErrno.EIo,
        Probability = options.Probability,
    };

    private protected override string Describe(IoErrorOptions options) =>
        $" {options.Errno} on {(options.Calls.Count == 0 ? "read, write, fsync, open" : string.Join(", ", options.Calls.Select(c => c.ToString().ToLowerInvariant())))}{(options.Probability < 1 ? $" with probability {options.Probability}" : string.Empty)}";
}
