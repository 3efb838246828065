using System.Diagnostics;
using System.Reflection;
using ChaosBench.Engine;
using ChaosBench.Model.Records;

namespace ChaosBench.Hosting;

/// <summary>Facts about this harness build and its engine, for the run record.</summary>
public static class HarnessBuild
{
    /// <summary>The harness version, without the source revision.</summary>
    public static string Version { get; } =
        typeof(HarnessBuild).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>The harness build, the engine's version and endpoint, and this host, for the run record.</summary>
    public static async Task<EnvironmentRecord> DescribeAsync(IContainerEngine engine, CancellationToken ct)
    {
        var version = await engine.VersionAsync(ct);
        return new EnvironmentRecord(Version, await CommitAsync(), version.Version, version.ApiVersion, version.KernelVersion, Environment.MachineName, engine.Endpoint.ToString());
    }

    /// <summary>The checkout's commit, with <c>+dirty</c> when it has uncommitted changes; "unknown" outside git.</summary>
    private static async Task<string> CommitAsync()
    {
        var head = await GitAsync("rev-parse", "HEAD");
        if (head is null)
        {
            return "unknown";
        }

        var status = await GitAsync("status", "--porcelain", "--untracked-files=no");
        return string.IsNullOrWhiteSpace(status) ? head : head + "+dirty";
    }

    private static async Task<string?> GitAsync(params string[] args)
    {
        try
        {
            var info = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = HarnessHome.Find() };
            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            using var git = Process.Start(info)!;
            var output = await git.StandardOutput.ReadToEndAsync();
            await git.WaitForExitAsync();
            return git.ExitCode == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
