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

    /// <summary>
    /// The checkout's commit, with <c>+dirty</c> when it has uncommitted changes; for an installed tool or package, the
    /// commit it was built from (the informational version's <c>+SHA</c>); "unknown" when neither says.
    /// </summary>
    private static async Task<string> CommitAsync()
    {
        var home = HarnessHome.Find();

        // Only a home that is itself a repository's root: git asked anywhere else answers for whatever repository
        // happens to hold the tool's folder (a user's dotfiles, say), not for the harness.
        var head = Path.Exists(Path.Combine(home, ".git")) ? await GitAsync(home, "rev-parse", "HEAD") : null;
        if (head is null)
        {
            return BuiltFrom ?? "unknown";
        }

        var status = await GitAsync(home, "status", "--porcelain", "--untracked-files=no");
        return string.IsNullOrWhiteSpace(status) ? head : head + "+dirty";
    }

    /// <summary>The commit the build recorded after the version (<c>0.1.0+SHA</c>), if any.</summary>
    private static string? BuiltFrom =>
        typeof(HarnessBuild).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+') is [_, { Length: > 0 } sha, ..] ? sha : null;

    private static async Task<string?> GitAsync(string folder, params string[] args)
    {
        try
        {
            var info = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
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
