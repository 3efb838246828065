using ChaosBench.Model;

namespace ChaosBench.Faults.Truncate;

/// <summary>Cuts one file of a stopped member to a seed-chosen shorter length, as a lost tail of a file would be.</summary>
public sealed class TruncateFault : StoppedFileFault<TruncateOptions>
{
    private const string Cut = """
        new=$(( $3 % size ))
        dd if=/dev/null of="$f" bs=1 seek="$new" conv=fsync status=none
        echo "truncated $f from $size to $new bytes"
        """;

    public override string Name => "truncate";

    protected override async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, TruncateOptions options, CancellationToken ct)
    {
        var (line, elapsed) = await StoppedFile.DamageAsync(context, member, fault, options.Path!, Cut, ct);
        return new FaultEffect(line, elapsed);
    }
}
