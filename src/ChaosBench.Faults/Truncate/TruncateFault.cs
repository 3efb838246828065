using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Faults.Truncate;

/// <summary>Cuts one file of a stopped member to a seed-chosen shorter length, as a lost tail of a file would be.</summary>
public sealed class TruncateFault : IFault
{
    private const string Cut = """
        new=$(( $3 % size ))
        dd if=/dev/null of="$f" bs=1 seek="$new" conv=fsync status=none
        echo "truncated $f from $size to $new bytes"
        """;

    public string Kind => FaultKinds.Truncate;

    public async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, CancellationToken ct)
    {
        var (line, elapsed) = await StoppedFile.DamageAsync(context, member, fault, Cut, ct);
        return new FaultEffect(line, elapsed);
    }
}
