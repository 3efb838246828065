using ChaosBench.Model;

namespace ChaosBench.Faults.Bitflip;

/// <summary>Flips one seed-chosen bit of one file of a stopped member, as silent media corruption would.</summary>
public sealed class BitflipFault : StoppedFileFault<BitflipOptions>
{
    private const string Flip = """
        off=$(( $3 % size )); bit=$(( $4 % 8 ))
        old=$(od -An -tu1 -j "$off" -N1 "$f" | tr -d ' ')
        new=$(( old ^ (1 << bit) ))
        printf "$(printf '\\%03o' "$new")" | dd of="$f" bs=1 seek="$off" count=1 conv=notrunc,fsync status=none
        echo "flipped bit $bit of byte $off of $f ($old -> $new)"
        """;

    public override string Name => "bitflip";

    protected override async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, BitflipOptions options, CancellationToken ct)
    {
        var (line, elapsed) = await StoppedFile.DamageAsync(context, member, fault, options.Path!, Flip, ct);
        return new FaultEffect(line, elapsed);
    }
}
