using System.Diagnostics;
using System.Text.Json;

namespace ChaosBench.LinearizabilityBench;

/// <summary>Runs one shape in a fresh process of this program, so that its peak memory is its own.</summary>
internal static class ChildProcess
{
    public static Measurement Measure(Shape shape, BenchOptions options)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        foreach (var arg in new[] { "--measure", shape.Name, "--seed", $"{options.Seed}", "--budget", $"{options.Budget.TotalSeconds}s" })
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return child.ExitCode == 0 && line is not null
            ? JsonSerializer.Deserialize<Measurement>(line)!
            : throw new InvalidOperationException($"measuring {shape.Name}: the child process exited with {child.ExitCode}");
    }
}
