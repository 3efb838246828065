using System.Globalization;

namespace ChaosBench.Bench;

/// <summary>
/// <c>[--seed N] [--sizes 10000,100000,1000000]</c>, the options of the benches that measure a checker at several
/// history sizes; the parent passes <c>--measure SIZE</c> to each child it starts.
/// </summary>
internal sealed record SizeOptions(long Seed, IReadOnlyList<int> Sizes, int? Measure)
{
    /// <exception cref="FormatException">An unknown option or a bad number; the message says which.</exception>
    public static SizeOptions Parse(string[] args, string unit)
    {
        var options = new SizeOptions(42, [10_000, 100_000, 1_000_000], null);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new FormatException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--seed" => options with { Seed = long.Parse(value, CultureInfo.InvariantCulture) },
                "--sizes" => options with { Sizes = [.. value.Split(',').Select(s => Size(s, unit))] },
                "--measure" => options with { Measure = Size(value, unit) },
                _ => throw new FormatException($"unknown option {args[i]}"),
            };
            i++;
        }

        return options;
    }

    private static int Size(string text, string unit) =>
        int.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var size) && size >= 1_000
            ? size
            : throw new FormatException($"size '{text}' is not a whole number of at least 1000 {unit}");
}
