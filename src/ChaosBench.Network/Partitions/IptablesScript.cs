using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ChaosBench.Network.Partitions;

/// <summary>
/// The iptables commands of a partition, as one shell script per member. A partition's rules sit in a chain of their
/// own (<c>CB-&lt;run hash&gt;-&lt;n&gt;</c>), jumped to from <c>INPUT</c>; both the jump and each rule carry a comment
/// <c>chaosbench.run=RUN</c>, so a sweep can tell whose they are. Healing deletes the jump and the chain, nothing else.
/// </summary>
internal static partial class IptablesScript
{
    public const string CommentPrefix = "chaosbench.run=";

    /// <summary>A chain name within iptables' 28 characters whatever the run id's length: the run's hash and a number.</summary>
    public static string Chain(string runId, int partition) =>
        $"CB-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(runId)))[..10]}-{partition}";

    /// <summary>Creates the chain, a DROP per source address, then the jump: the rules act only once complete. Stops at the first failure.</summary>
    public static string Apply(string iptables, string runId, string chain, IReadOnlyList<string> sources)
    {
        var comment = Comment(runId);
        var lines = new List<string> { "set -e", Command(iptables, ["-N", chain]) };
        lines.AddRange(sources.Select(source => Command(iptables, ["-A", chain, "-s", source, .. comment, "-j", "DROP"])));
        lines.Add(Command(iptables, ["-I", "INPUT", "1", .. comment, "-j", chain]));
        return string.Join('\n', lines);
    }

    /// <summary>
    /// Removes the jump (every copy) and the chain; what is already gone is fine (a member restarted since has a new
    /// namespace without them). Then prints what is left, for the caller to check that nothing of the chain is.
    /// </summary>
    public static string Heal(string iptables, string runId, string chain) => string.Join('\n',
        $"while {Command(iptables, ["-D", "INPUT", .. Comment(runId), "-j", chain])} 2>/dev/null; do :; done",
        $"{Command(iptables, ["-F", chain])} 2>/dev/null || true",
        $"{Command(iptables, ["-X", chain])} 2>/dev/null || true",
        Command(iptables, ["-S"]));

    /// <summary>Lists the rules of <c>INPUT</c>, for a sweep to find jumps to chains of dead runs.</summary>
    public static string List(string iptables) => Command(iptables, ["-S", "INPUT"]);

    /// <summary>The (run, chain) of every jump this harness put in <c>INPUT</c>, from <c>iptables -S INPUT</c>.</summary>
    public static IReadOnlyList<(string Run, string Chain)> Jumps(string rules) =>
        [.. Jump().Matches(rules).Select(m => (m.Groups["run"].Value, m.Groups["chain"].Value))];

    /// <summary>Whether <paramref name="rules"/> (<c>iptables -S</c>) still mention <paramref name="chain"/>.</summary>
    public static bool Mentions(string rules, string chain) =>
        rules.Split('\n').Any(line => line.Split(' ').Contains(chain, StringComparer.Ordinal));

    private static string[] Comment(string runId) => ["-m", "comment", "--comment", CommentPrefix + runId];

    /// <summary>One command line with every argument in single quotes: run ids and addresses never reach the shell as code.</summary>
    private static string Command(string iptables, IEnumerable<string> args) =>
        string.Join(' ', new[] { iptables, "-w" }.Concat(args).Select(a => $"'{a.Replace("'", "'\\''", StringComparison.Ordinal)}'"));

    [GeneratedRegex("""^-A INPUT .*--comment "?chaosbench\.run=(?<run>[^"\s]+)"? -j (?<chain>CB-[0-9a-f]{10}-[0-9]+)\s*$""", RegexOptions.Multiline)]
    private static partial Regex Jump();
}
