using System.Text;

namespace ChaosBench.Tests.Scenarios.Fuzz;

/// <summary>
/// Ways to break a YAML file the way people and tools do: lines lost, doubled, swapped or re-indented, values
/// replaced with hostile tokens, keys renamed, the file cut short, a byte flipped, a line of another file pasted in.
/// Each takes its random choices from one integer, so a failing case replays from its numbers.
/// </summary>
internal static class Mutations
{
    /// <summary>Tokens that have broken YAML readers: syntax, anchors, tags, odd numbers and durations, control and non-BMP characters.</summary>
    public static readonly string[] Hostile =
    [
        ":", "- ", "[", "]", "{", "}", "{}", "[]", "&a ", "*a", "*nowhere", "!!binary AAAA", "!custom x", "\t", "#", "'", "\"", "---\n",
        "? ", "|", ">", "%YAML 1.1\n", "~", "null", "true", "-1", "0", "1e400", "99999999999999999999", "0x1F", ".inf", "-.nan",
        "10h", "0s", "-5s", "1ms", "5 s", "100/s", "0/s", "1/0s", "\u0000", "\uFFFE", "\u200B", "💥", "${X}", "${X:-", "{name}", "{",
        "recipe:", "recipe:../../etc", "/", "..", "random", "leader", "previous", "KILL", "SIGSEGV", new string('a', 5000),
    ];

    private static readonly Func<byte[], Random, byte[][], byte[]>[] All =
    [
        (b, r, _) => Lines(b, r, (lines, i) => lines.RemoveAt(i)),
        (b, r, _) => Lines(b, r, (lines, i) => lines.Insert(i, lines[i])),
        (b, r, _) => Lines(b, r, (lines, i) => (lines[i], lines[^1]) = (lines[^1], lines[i])),
        (b, r, _) => Lines(b, r, (lines, i) => lines[i] = (r.Next(3) switch { 0 => "  ", 1 => "\t", _ => string.Empty }) + lines[i].TrimStart(r.Next(2) == 0 ? ' ' : 'x')),
        (b, r, _) => Lines(b, r, (lines, i) => lines[i] = ReplaceValue(lines[i], r)),
        (b, r, _) => Lines(b, r, (lines, i) => lines[i] = RenameKey(lines[i], lines[r.Next(lines.Count)])),
        (b, r, _) => Insert(b, r.Next(b.Length + 1), Encoding.UTF8.GetBytes(Hostile[r.Next(Hostile.Length)])),
        (b, r, _) => b[..r.Next(b.Length + 1)],
        (b, r, _) => FlipByte(b, r),
        (b, r, others) => Lines(b, r, (lines, i) => lines.Insert(i, Random(Text(others[r.Next(others.Length)]).Split('\n'), r))),
    ];

    public static int Count => All.Length;

    /// <summary>Applies mutation <paramref name="kind"/> to <paramref name="bytes"/>, its choices from <paramref name="seed"/>; <paramref name="others"/> are the other seed files.</summary>
    public static byte[] Apply(int kind, int seed, byte[] bytes, byte[][] others) => All[kind](bytes, new Random(seed), others);

    private static byte[] Lines(byte[] bytes, Random random, Action<List<string>, int> change)
    {
        var lines = Text(bytes).Split('\n').ToList();
        change(lines, random.Next(lines.Count));
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static string ReplaceValue(string line, Random random)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var hostile = Hostile[random.Next(Hostile.Length)];
        return colon < 0 ? line + hostile : line[..(colon + 2)] + hostile;
    }

    /// <summary>The key of <paramref name="line"/> replaced by that of <paramref name="donor"/>: known keys in unknown places.</summary>
    private static string RenameKey(string line, string donor)
    {
        var colon = line.IndexOf(':');
        var donorColon = donor.IndexOf(':');
        if (colon < 0 || donorColon < 0)
        {
            return line;
        }

        var indent = line.Length - line.TrimStart().Length;
        return line[..indent] + donor[..donorColon].Trim() + line[colon..];
    }

    private static byte[] FlipByte(byte[] bytes, Random random)
    {
        if (bytes.Length == 0)
        {
            return [0xFF];
        }

        var copy = (byte[])bytes.Clone();
        copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private static byte[] Insert(byte[] bytes, int at, byte[] inserted) => [.. bytes[..at], .. inserted, .. bytes[at..]];

    private static string Random(string[] lines, Random random) => lines[random.Next(lines.Length)];

    /// <summary>The bytes as text, invalid UTF-8 replaced: line mutations work on what a person would see.</summary>
    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
