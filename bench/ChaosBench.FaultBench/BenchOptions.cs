using System.Globalization;

namespace ChaosBench.FaultBench;

/// <summary><c>[--trials 100] [--processes 3]</c>: trials per path, and processes in each container (a shell and its sleeps).</summary>
internal sealed record BenchOptions(int Trials, int Processes)
{
    public const string Usage = "usage: chaosbench-fault-bench [--trials 100] [--processes 3]";

    public static BenchOptions Default { get; } = new(100, 3);

    /// <exception cref="FormatException">An unknown option or a bad value; the message says which.</exception>
    public static BenchOptions Parse(string[] args)
    {
        var options = Default;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new FormatException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--trials" => options with { Trials = Whole(args[i], value, 1, 10_000) },
                "--processes" => options with { Processes = Whole(args[i], value, 1, 64) },
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
}
