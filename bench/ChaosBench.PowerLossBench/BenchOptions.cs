using System.Globalization;

namespace ChaosBench.PowerLossBench;

/// <summary>
/// <c>[--rounds 3] [--round 5s] [--warmup 3s] [--clients 8] [--seed 42]</c>: rounds per variant, the length of each
/// round, the warm-up per variant before the first round, closed-loop clients, and the seed of the keys and values.
/// </summary>
internal sealed record BenchOptions(int Rounds, TimeSpan Round, TimeSpan Warmup, int Clients, long Seed)
{
    public const string Usage = "usage: chaosbench-power-loss-bench [--rounds 3] [--round 5s] [--warmup 3s] [--clients 8] [--seed 42]";

    public static BenchOptions Default { get; } = new(3, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(3), 8, 42);

    /// <exception cref="FormatException">An unknown option or a bad value; the message says which.</exception>
    public static BenchOptions Parse(string[] args)
    {
        var options = Default;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new FormatException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--rounds" => options with { Rounds = Whole(args[i], value, 1, 100) },
                "--round" => options with { Round = Duration(args[i], value, TimeSpan.FromMilliseconds(100)) },
                "--warmup" => options with { Warmup = Duration(args[i], value, TimeSpan.Zero) },
                "--clients" => options with { Clients = Whole(args[i], value, 1, 256) },
                "--seed" => options with { Seed = long.TryParse(value, CultureInfo.InvariantCulture, out var seed) ? seed : throw new FormatException($"--seed '{value}' is not a whole number") },
                _ => throw new FormatException($"unknown option {args[i]}"),
            };
            i++;
        }

        return options;
    }

    private static int Whole(string option, string text, int min, int max) =>
        int.TryParse(text, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new FormatException($"{option} '{text}' is not a whole number from {min} to {max}");

    /// <summary>The scenario format's durations: <c>500ms</c>, <c>5s</c>, <c>2m</c>.</summary>
    private static TimeSpan Duration(string option, string text, TimeSpan min)
    {
        var (digits, unit) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 1.0)
            : text.EndsWith('s') ? (text[..^1], 1000.0)
            : text.EndsWith('m') ? (text[..^1], 60_000.0)
            : (string.Empty, 0);
        return double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) && TimeSpan.FromMilliseconds(n * unit) is var d && d >= min
            ? d
            : throw new FormatException($"{option} '{text}' is not a duration of at least {min.TotalMilliseconds:0} ms, e.g. 500ms, 5s or 2m");
    }
}
