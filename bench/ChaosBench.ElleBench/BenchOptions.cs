using System.Globalization;

namespace ChaosBench.ElleBench;

/// <summary>
/// <c>[--seed N] [--sizes 10000,100000,1000000]</c> (transactions); the parent passes <c>--measure SIZE</c> to each child it starts.
/// </summary>
internal sealed record BenchOptions(long Seed, IReadOnlyList<int> Sizes, int? Measure)
{
    public const string Usage = "usage: chaosbench-elle-bench [--seed N] [--sizes 10000,100000,1000000]";

    /// <exception cref="FormatException">An unknown option or a bad number; the message says which.</exception>
    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(42, [10_000, 100_000, 1_000_000], null);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new FormatException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--seed" => options with { Seed = long.Parse(value, CultureInfo.InvariantCulture) },
                "--sizes" => options with { Sizes = [.. value.Split(',').Select(Size)] },
                "--measure" => options with { Measure = Size(value) },
                _ => throw new FormatException($"unknown option {args[i]}"),
            };
            i++;
        }

        return options;
    }

    private static int Size(string text) =>
        int.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var size) && size >= 1_000
            ? size
            : throw new FormatException($"size '{text}' is not a whole number of at least 1000 transactions");
}
