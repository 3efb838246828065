using System.Text.Json;
using ChaosBench.Bench;
using ChaosBench.LinearizabilityBench;

// The parent measures each shape in a child process of its own (a clean peak per shape), then prints the tables.
// Exit codes: 0 every verdict as expected (a missed target is a finding, not an error), 1 some verdict wrong, 2 bad usage.
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

if (options.Measure is { } shape)
{
    Console.WriteLine(JsonSerializer.Serialize(ShapeRun.Measure(shape, options.Seed, options.Budget)));
    return 0;
}

var results = new List<(Shape Shape, Measurement Figures)>();
foreach (var s in options.Shapes)
{
    Console.Error.WriteLine($"measuring {s.Name}: {s.Describe()}...");
    var figures = ChildProcess.Run(["--measure", s.Name, "--seed", $"{options.Seed}", "--budget", $"{options.Budget.TotalSeconds}s"], $"measuring {s.Name}");
    results.Add((s, JsonSerializer.Deserialize<Measurement>(figures)!));
}

ResultTable.Print(Console.Out, results, options);
return results.Any(r => r.Figures.Problems.Count > 0) ? 1 : 0;
