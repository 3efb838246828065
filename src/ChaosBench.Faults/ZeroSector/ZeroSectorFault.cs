using ChaosBench.Model;

namespace ChaosBench.Faults.ZeroSector;

/// <summary>
/// Zeroes one seed-chosen 512-byte sector of one file of a stopped member, durably: what a disk that lost a sector
/// (or a file system that lost a block) hands back. Unlike a bit flip it is not subtle, and unlike a truncation the
/// file keeps its length, so a product that only checks sizes or trailing records does not notice it.
/// </summary>
public sealed class ZeroSectorFault : StoppedFileFault<ZeroSectorOptions>
{
    private const string Zero = """
        sectors=$(( (size + 511) / 512 )); n=$(( $3 % sectors )); off=$(( n * 512 ))
        len=$(( size - off < 512 ? size - off : 512 ))
        dd if=/dev/zero of="$f" bs=1 seek="$off" count="$len" conv=notrunc,fsync status=none
        echo "zeroed sector $n of $sectors of $f (bytes $off to $(( off + len )))"
        """;

    public override string Name => "zero-sector";

    protected override async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, ZeroSectorOptions options, CancellationToken ct)
    {
        var (line, elapsed) = await StoppedFile.DamageAsync(context, member, fault, options.Path!, Zero, ct);
        return new FaultEffect(line, elapsed);
    }
}
