using System.Diagnostics;
using ChaosBench.PowerLoss;

namespace ChaosBench.Tests.PowerLoss;

/// <summary>A power-loss layer mounted over a fresh backing directory, and a shell to drive it as programs do.</summary>
public sealed class MountedLayer : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("chaosbench-layer-").FullName;

    public MountedLayer()
    {
        Directory.CreateDirectory(Backing);
        Mount = PowerLossMount.Start(Backing, Path.Combine(_root, "mnt"));
    }

    public PowerLossMount Mount { get; }

    public string Backing => Path.Combine(_root, "backing");

    public string At(string name) => Path.Combine(Mount.MountPoint, name);

    public string BackingAt(string name) => Path.Combine(Backing, name);

    /// <summary>Runs <c>sh -c script</c> in the mount; returns its exit code, failing the test on a timeout.</summary>
    public int Shell(string script)
    {
        using var shell = Process.Start(new ProcessStartInfo("sh", ["-c", script]) { WorkingDirectory = Mount.MountPoint, RedirectStandardError = true })!;
        if (!shell.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            shell.Kill();
            Assert.Fail($"'{script}' did not finish in 30s");
        }

        return shell.ExitCode;
    }

    public void Dispose()
    {
        Mount.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
