using System.Diagnostics;
using ChaosBench.Tests.Cli;

namespace ChaosBench.Tests.Install;

/// <summary>
/// Runs a command as a user would in a folder of their own: without the variables that tie a process to this checkout
/// (<c>CHAOSBENCH_HOME</c>, <c>CHAOSBENCH_RECIPES</c>) or to the test run's own MSBuild and test host.
/// </summary>
internal static class ChildProcess
{
    private static readonly string[] Inherited = ["CHAOSBENCH_HOME", "CHAOSBENCH_RECIPES", "MSBuild", "MSBUILD", "VSTEST", "TESTINGPLATFORM", "DOTNET_HOST_PATH"];

    /// <summary>Runs <paramref name="file"/> to its end in <paramref name="folder"/>; a cancelled <paramref name="ct"/> kills it.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        string file, IEnumerable<string> args, string folder, IReadOnlyDictionary<string, string>? env = null, CancellationToken ct = default)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var key in info.Environment.Keys.Where(k => Inherited.Any(p => k.StartsWith(p, StringComparison.Ordinal))).ToList())
        {
            info.Environment.Remove(key);
        }

        foreach (var (key, value) in env ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        return await CliProcess.CompleteAsync(process, ct);
    }
}
