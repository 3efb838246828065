using System.Diagnostics;
using ChaosBench.Engine;
using ChaosBench.Hosting;

namespace ChaosBench.Cli;

/// <summary>
/// What the installed tool does when no engine answers: runs the engine bootstrap it carries (<c>ci/engine.sh</c>
/// next to its assembly), which installs and starts <c>dockerd</c>, as the repository's <c>./chaosbench</c> runs the
/// checkout's before every command that needs an engine. Only commands that need one get here (<see cref="Cli"/>).
/// </summary>
internal static class EngineBootstrap
{
    /// <summary>The bootstrap this build carries: there in the installed tool, absent from a checkout's build, whose wrapper runs its own.</summary>
    public static string? Script => File.Exists(HarnessHome.EngineScriptOf(AppContext.BaseDirectory)) ? HarnessHome.EngineScriptOf(AppContext.BaseDirectory) : null;

    /// <summary>Runs <paramref name="script"/>, its output on standard error; an <see cref="EngineException"/> when it fails.</summary>
    public static async Task RunAsync(string script, CancellationToken ct)
    {
        Console.Error.WriteLine($"chaosbench: no engine answers; running {script}");

        // Through bash: a package's files lose their execute bit when the tool is installed.
        var info = new ProcessStartInfo("bash") { ArgumentList = { script }, RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var printed = await output;
        if (printed.Length > 0)
        {
            await Console.Error.WriteAsync(printed);
        }

        if (process.ExitCode != 0)
        {
            throw new EngineException($"the engine bootstrap {script} exited {process.ExitCode}; fix: what it printed above, or set DOCKER_HOST to a running engine");
        }
    }
}
