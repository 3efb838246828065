using System.Diagnostics;
using System.Text;

namespace ChaosBench.HarnessBench;

/// <summary>A child process timed from start to exit, its output kept; optionally its peak RSS polled from <c>/proc</c>.</summary>
internal sealed record Proc(int ExitCode, TimeSpan Wall, string Stdout, string Stderr, long PeakRssKiB)
{
    public static async Task<Proc> RunAsync(string file, IEnumerable<string> args, IReadOnlyDictionary<string, string>? env, CancellationToken ct, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? string.Empty };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in env ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var (stdout, stderr) = (new StringBuilder(), new StringBuilder());
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new BenchFailedException($"could not start {file}");
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // VmHWM only grows while the process lives; the last value read before it exits is its peak.
        long peak = 0;
        var exited = process.WaitForExitAsync(ct);
        while (!exited.IsCompleted)
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            await Task.WhenAny(exited, Task.Delay(50, ct));
        }

        try
        {
            await exited;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        clock.Stop();
        process.WaitForExit();
        return new Proc(process.ExitCode, clock.Elapsed, stdout.ToString(), stderr.ToString(), peak);
    }

    private static void Append(StringBuilder to, string? line)
    {
        if (line is not null)
        {
            lock (to)
            {
                to.Append(line).Append('\n');
            }
        }
    }

    private static long HighWaterMark(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // The process has just exited, or the kernel hides it: no reading this time.
            return 0;
        }
    }
}
