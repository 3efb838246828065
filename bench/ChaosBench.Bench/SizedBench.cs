using System.Globalization;
using System.Text.Json;

namespace ChaosBench.Bench;

/// <summary>
/// The flow of a bench that measures a checker at several history sizes (this one and, linked, the transactional
/// checker's): the parent measures each size in a child process of its own (a clean peak per size), then prints
/// the table. Exit codes: 0 every verdict as expected, 1 some verdict wrong, 2 bad usage.
/// </summary>
internal static class SizedBench
{
    /// <param name="args">The command line (<see cref="SizeOptions"/>).</param>
    /// <param name="name">The program's name, for the usage line.</param>
    /// <param name="unit">What a size counts, e.g. <c>ops</c>.</param>
    /// <param name="measure">Measures one size with the seed, in the child.</param>
    /// <param name="runsFor">How many timed runs a size gets, for the progress line.</param>
    /// <param name="print">Prints every size's figures with the seed.</param>
    /// <param name="wrong">Whether a size's verdicts were not the expected ones.</param>
    public static int Run<T>(string[] args, string name, string unit, Func<int, long, T> measure, Func<int, int> runsFor, Action<IReadOnlyList<T>, long> print, Func<T, bool> wrong)
    {
        SizeOptions options;
        try
        {
            options = SizeOptions.Parse(args, unit);
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"{e.Message}\nusage: {name} [--seed N] [--sizes 10000,100000,1000000]");
            return 2;
        }

        if (options.Measure is { } size)
        {
            Console.WriteLine(JsonSerializer.Serialize(measure(size, options.Seed)));
            return 0;
        }

        var results = new List<T>();
        foreach (var s in options.Sizes)
        {
            Console.Error.WriteLine($"measuring {s:N0} {unit} ({runsFor(s)} timed runs)...");
            results.Add(JsonSerializer.Deserialize<T>(ChildProcess.Run(["--measure", $"{s}", "--seed", $"{options.Seed}"], $"measuring {s} {unit}"))!);
        }

        print(results, options.Seed);
        return results.Any(wrong) ? 1 : 0;
    }

    /// <summary><c>10^5</c> for a power of ten, else the number with separators.</summary>
    public static string Label(int size) =>
        Math.Log10(size) is var e && e == Math.Floor(e) ? $"10^{e}" : size.ToString("N0", CultureInfo.InvariantCulture);

    public static string Met(bool met) => met ? "met" : "NOT MET";
}
