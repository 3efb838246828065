using System.Globalization;
using System.Text.RegularExpressions;
using ChaosBench.Faults.ZeroSector;

namespace ChaosBench.Tests.Faults;

/// <summary>zero-sector zeroes exactly the sector it reports, and keeps the file's length.</summary>
public sealed partial class StoppedFileFaultTests
{
    [Test]
    public async Task ZeroSector_File_ZeroesTheReportedBytesAndKeepsTheLength()
    {
        // Given a stopped member whose volume holds one file of 1000 'a's: two sectors, the second short
        var (context, member) = await StoppedMemberAsync();

        // When zero-sector hits the file
        var effect = await new ZeroSectorFault().ApplyAsync(context, member, Damage("zero-sector", "/data/f"), CancellationToken.None);

        // Then the reported bytes, and only they, are zeros, and the file is as long as before
        var match = Zeroed().Match(effect.Detail);
        Assert.That(match.Success, Is.True, effect.Detail);
        var (from, to) = (int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture));
        Assert.That(to - from, Is.EqualTo(from == 0 ? 512 : 488));
        Assert.That(await ShellAsync(context, member, "stat -c %s /data/f"), Is.EqualTo("1000"));
        Assert.That(await ShellAsync(context, member, "tr -d a < /data/f | wc -c"), Is.EqualTo((to - from).ToString(CultureInfo.InvariantCulture)));
        Assert.That(await ShellAsync(context, member, $"od -An -tu1 -j {from} -N1 /data/f | tr -d ' '"), Is.EqualTo("0"));
    }

    [GeneratedRegex(@"^zeroed sector \d of 2 of /data/f \(bytes (?<from>\d+) to (?<to>\d+)\)$")]
    private static partial Regex Zeroed();
}
