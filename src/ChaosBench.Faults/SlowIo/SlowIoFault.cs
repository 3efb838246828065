using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using Layer = ChaosBench.PowerLoss.DiskFaults;

namespace ChaosBench.Faults.SlowIo;

/// <summary>A slow disk: each chosen call on the member's power-loss volume waits a delay (plus a seed-drawn jitter) before it runs.</summary>
public sealed class SlowIoFault : DiskFaultKind<SlowIoOptions>
{
    public override string Name => "slow-io";

    private protected override void ValidateFault(SlowIoOptions options, KindCheck check)
    {
        if (options.Delay <= TimeSpan.Zero && !(options.Jitter > TimeSpan.Zero))
        {
            check.Error("delay", "slow-io's delay delays nothing", "a positive duration, e.g. 50ms");
        }

        if (options.Jitter < TimeSpan.Zero)
        {
            check.Error("jitter", "slow-io's jitter is negative", "a positive duration, e.g. 20ms, or none");
        }
    }

    private protected override Layer.DiskFault Build(SlowIoOptions options, string? path) => new Layer.SlowIo
    {
        Path = path,
        Calls = DiskCalls.Of(options.Calls),
        Delay = options.Delay ?? TimeSpan.Zero,
        Jitter = options.Jitter ?? TimeSpan.Zero,
    };

    private protected override string Describe(SlowIoOptions options) =>
        $" {Durations.Format(options.Delay ?? TimeSpan.Zero)}{(options.Jitter is { } jitter ? $" + up to {Durations.Format(jitter)}" : string.Empty)} on {(options.Calls.Count == 0 ? "read, write, fsync, open" : string.Join(", ", options.Calls.Select(c => c.ToString().ToLowerInvariant())))}";
}
