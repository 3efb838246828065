using System.Globalization;
using ChaosBench.Model;

namespace ChaosBench.LinearizabilityBench;

/// <summary>
/// <c>[--seed N] [--budget 30s] [--shapes many-keys,one-key,...]</c>; the parent passes <c>--measure SHAPE</c> to each
/// child it starts.
/// </summary>
internal sealed record BenchOptions(long Seed, TimeSpan Budget, IReadOnlyList<Shape> Shapes, Shape? Measure)
{
    public static readonly string Usage = $"usage: chaosbench-linearizability-bench [--seed N] [--budget 30s] [--shapes {string.Join(",", Shape.All.Select(s => s.Name))}]";

    /// <exception cref="FormatException">An unknown option, shape or a bad value; the message says which.</exception>
    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(42, TimeSpan.FromSeconds(30), Shape.All, null);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new FormatException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--seed" => options with { Seed = long.Parse(value, CultureInfo.InvariantCulture) },
                "--budget" => options with { Budget = Durations.TryParse(value, out var budget) && budget > TimeSpan.Zero ? budget : throw new FormatException($"--budget '{value}' is not a positive duration") },
                "--shapes" => options with { Shapes = [.. value.Split(',').Select(Named)] },
                "--measure" => options with { Measure = Named(value) },
                _ => throw new FormatException($"unknown option {args[i]}"),
            };
            i++;
        }

        return options;
    }

    private static Shape Named(string name) =>
        Shape.All.FirstOrDefault(s => s.Name == name) ?? throw new FormatException($"no shape '{name}'; there are {string.Join(", ", Shape.All.Select(s => s.Name))}");
}
