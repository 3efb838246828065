using System.Diagnostics;
using System.Text;

namespace ChaosBench.Images;

/// <summary>Runs a build tool on the host (debootstrap, chroot, tar) and keeps the tail of its output for errors.</summary>
internal static class HostCommand
{
    private const int TailLines = 15;

    public static async Task<string> RunAsync(string recipe, string file, IReadOnlyList<string> args, CancellationToken ct, IReadOnlyDictionary<string, string>? env = null)
    {
        using var process = Start(file, args, env, redirectStdout: true);
        var output = new StringBuilder();
        var tail = new Queue<string>();
        process.ErrorDataReceived += (_, e) => Keep(tail, e.Data);
        process.BeginErrorReadLine();
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        output.Append(await stdout);
        if (process.ExitCode != 0)
        {
            foreach (var line in output.ToString().Split('\n').TakeLast(TailLines))
            {
                Keep(tail, line);
            }

            throw new ImageBuildException(recipe, $"'{file} {string.Join(' ', args)}' exited {process.ExitCode}:\n  {string.Join("\n  ", tail)}");
        }

        return output.ToString();
    }

    /// <summary>Starts a process whose standard output the caller streams (e.g. <c>tar -c</c> into an import).</summary>
    public static Process Start(string file, IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? env = null, bool redirectStdout = true)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = redirectStdout,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in env ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        try
        {
            return Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ImageBuildException(file, $"'{file}' is not installed ({e.Message}); fix: run ci/engine.sh, which installs debootstrap and the engine");
        }
    }

    private static void Keep(Queue<string> tail, string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        lock (tail)
        {
            tail.Enqueue(line);
            while (tail.Count > TailLines)
            {
                tail.Dequeue();
            }
        }
    }
}
