using System.Globalization;

namespace ChaosBench.Cli.Sharding;

/// <summary>Shard <see cref="Index"/> of <see cref="Count"/>, both counted from 1 as the user writes them: <c>2/3</c>.</summary>
internal readonly record struct Shard(int Index, int Count)
{
    /// <summary>Parses <c>I/N</c> with 1 ≤ I ≤ N; null when <paramref name="text"/> is anything else.</summary>
    public static Shard? Parse(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && index >= 1 && index <= count
                ? new Shard(index, count)
                : null;
    }

    public override string ToString() => $"{Index}/{Count}";
}
