using System.Diagnostics;

namespace ChaosBench.Bench;

/// <summary>Runs this program again in a fresh process, so that what the child measures (its peak memory above all) is its own.</summary>
internal static class ChildProcess
{
    /// <summary>The child's last line of output: its figures, as JSON.</summary>
    /// <exception cref="InvalidOperationException">The child failed; <paramref name="what"/> says what it was doing.</exception>
    public static string Run(IEnumerable<string> args, string what)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return child.ExitCode == 0 && line is not null ? line : throw new InvalidOperationException($"{what}: the child process exited with {child.ExitCode}");
    }
}
