using System.Globalization;

namespace ChaosBench.NetworkBench;

/// <summary>
/// <c>[--rate 5000] [--connections 32] [--rounds 3] [--round 5s] [--warmup 2s] [--seed 42] [--yardstick PATH]</c>:
/// puts per second offered, kept-alive connections sharing them, rounds per variant, each round's length, the warm-up
/// per variant, the seed of the keys, and the built <c>Yardstick/forwarder.c</c> to measure beside the proxy.
/// </summary>
internal sealed record BenchOptions(int Rate, int Connections, int Rounds, TimeSpan Round, TimeSpan Warmup, int Seed)
{
    public const string Usage = "usage: chaosbench-network-bench [--rate 5000] [--connections 32] [--rounds 3] [--round 5s] [--warmup 2s] [--seed 42] [--yardstick PATH]";

    /// <summary>The built C forwarder; none: no yardstick variant.</summary>
    public string? Yardstick { get; init; }

    public static BenchOptions Default { get; } = new(5000, 32, 3, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(2), 42);

    /// <exception cref="FormatException">An unknown option or a bad value; the message says which.</exception>
    public static BenchOptions Parse(string[] args)
    {
        var options = Default;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new FormatException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--rate" => options with { Rate = Whole(args[i], value, 1, 100_000) },
                "--connections" => options with { Connections = Whole(args[i], value, 1, 1024) },
                "--rounds" => options with { Rounds = Whole(args[i], value, 1, 100) },
                "--round" => options with { Round = Seconds(args[i], value, 0.1) },
                "--warmup" => options with { Warmup = Seconds(args[i], value, 0) },
                "--seed" => options with { Seed = Whole(args[i], value, int.MinValue, int.MaxValue) },
                "--yardstick" => options with { Yardstick = File.Exists(value) ? value : throw new FormatException($"--yardstick '{value}' is not a file") },
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

    /// <summary>Seconds, written <c>5s</c> (or <c>500ms</c>).</summary>
    private static TimeSpan Seconds(string option, string text, double min)
    {
        var (digits, scale) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 0.001) : text.EndsWith('s') ? (text[..^1], 1.0) : (string.Empty, 0);
        return double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) && n * scale >= min
            ? TimeSpan.FromSeconds(n * scale)
            : throw new FormatException($"{option} '{text}' is not a duration of at least {min} s, e.g. 5s or 500ms");
    }
}
