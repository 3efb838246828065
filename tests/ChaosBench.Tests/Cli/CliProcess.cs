using System.Diagnostics;

namespace ChaosBench.Tests.Cli;

/// <summary>Runs the built CLI (or the repository's <c>./chaosbench</c> script) as a user would, in its own process.</summary>
internal static class CliProcess
{
    /// <summary>Runs the CLI to its end; a cancelled <paramref name="ct"/> (a test's time limit) kills it rather than leaving it running.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? env = null, bool viaScript = false, CancellationToken ct = default)
    {
        using var process = Start(args, env, viaScript);
        return await CompleteAsync(process, ct);
    }

    /// <summary>Reads a started <paramref name="process"/>'s output to its end; a cancelled <paramref name="ct"/> kills it.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> CompleteAsync(Process process, CancellationToken ct)
    {
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>
    /// The lines of <paramref name="stderr"/> that belong to the command itself: without the script's build notice and the
    /// start-up sweep's report of what an earlier, killed harness (on a reused engine, possibly not ours) left behind.
    /// </summary>
    public static List<string> OwnLines(string stderr) =>
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith("chaosbench: building the CLI", StringComparison.Ordinal)
                && !l.StartsWith("chaosbench: swept what an earlier", StringComparison.Ordinal)
                && !l.StartsWith("chaosbench: unmounted", StringComparison.Ordinal))
            .ToList();

    /// <summary>
    /// Starts the CLI. <paramref name="interruptible"/> restores SIGINT's default first: a shell running a
    /// background job (as CI may run the tests) ignores SIGINT in it, children inherit that, and .NET rightly
    /// keeps ignoring it, so a Ctrl-C test would otherwise depend on how the tests were started.
    /// </summary>
    public static Process Start(IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? env = null, bool viaScript = false, bool interruptible = false)
    {
        var info = viaScript
            ? new ProcessStartInfo(Path.Combine(TestEnvironment.RepoRoot, "chaosbench"))
            : new ProcessStartInfo("dotnet") { ArgumentList = { Path.Combine(AppContext.BaseDirectory, "chaosbench.dll") } };
        if (interruptible)
        {
            info.ArgumentList.Insert(0, info.FileName);
            info.ArgumentList.Insert(0, "--default-signal=INT");
            info.FileName = "env";
        }

        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        info.WorkingDirectory = TestEnvironment.RepoRoot;
        info.Environment["CHAOSBENCH_HOME"] = TestEnvironment.RepoRoot;
        foreach (var (key, value) in env ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        return Process.Start(info)!;
    }
}
