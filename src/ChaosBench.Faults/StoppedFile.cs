using System.Diagnostics;
using System.Globalization;
using ChaosBench.Model;

namespace ChaosBench.Faults;

/// <summary>
/// Damages one file of a stopped member in place (bitflip, truncate) through a helper container, durably
/// (fsync), as a disk would. A directory path stands for a file in it chosen by the seed.
/// </summary>
internal static class StoppedFile
{
    /// <summary>Resolves $1 to a regular file (a seed-chosen one, by $2, when it is a directory) in $f and its size in $size.</summary>
    private const string Resolve = """
        set -e
        f="$1"
        if [ -d "$f" ]; then n=$(find "$f" -type f | wc -l); [ "$n" -gt 0 ] || exit 3; f=$(find "$f" -type f | sort | sed -n "$(( $2 % n + 1 ))p"); fi
        [ -f "$f" ] || exit 3
        size=$(stat -c %s "$f"); [ "$size" -gt 0 ] || exit 4

        """;

    /// <summary>Runs <paramref name="action"/> (a shell snippet using $f, $size and the random $3) and returns its one line of output.</summary>
    public static async Task<(string Line, TimeSpan Elapsed)> DamageAsync(FaultContext context, Member member, Fault fault, string path, string action, CancellationToken ct)
    {
        var kind = fault.Kind.Name;
        HelperContainer.RequireStoppedWith(context, member, kind, path);
        var random = context.RandomFor(fault, member);
        string[] arguments = [path, .. Enumerable.Range(0, 3).Select(_ => random.Next().ToString(CultureInfo.InvariantCulture))];
        var clock = Stopwatch.StartNew();
        var (exit, output) = await HelperContainer.ChangeAsync(context, member, kind, Resolve + action, arguments, keepLastLink: false, ct);
        return exit switch
        {
            0 when output.Count > 0 => (output[^1], clock.Elapsed),
            3 => throw new FaultException(kind, member.Name, $"no file at {path} in its volume"),
            4 => throw new FaultException(kind, member.Name, $"{path} is empty: there is nothing to damage"),
            _ => throw new FaultException(kind, member.Name, $"damaging {path} exited {exit}: {string.Join(" ", output)}"),
        };
    }
}
