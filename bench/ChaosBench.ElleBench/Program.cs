using System.Text.Json;
using ChaosBench.Bench;
using ChaosBench.ElleBench;

// The parent measures each size in a child process of its own (a clean peak per size), then prints the table.
// Exit codes: 0 every verdict as expected, 1 some verdict wrong, 2 bad usage.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (FormatException e)
{
    Console.Error.WriteLine($"{e.Message}\n{BenchOptions.Usage}");
    return 2;
}

if (options.Measure is { } size)
{
    Console.WriteLine(JsonSerializer.Serialize(SizeRun.Measure(size, options.Seed)));
    return 0;
}

var results = new List<Measurement>();
foreach (var s in options.Sizes)
{
    Console.Error.WriteLine($"measuring {s:N0} transactions ({SizeRun.RunsFor(s)} timed runs per level)...");
    results.Add(JsonSerializer.Deserialize<Measurement>(ChildProcess.Run(["--measure", $"{s}", "--seed", $"{options.Seed}"], $"measuring {s} transactions"))!);
}

ResultTable.Print(Console.Out, results, options.Seed);
return results.Any(r => r.Problems.Count > 0) ? 1 : 0;
