using System.Diagnostics;
using ChaosBench.PowerLoss;

namespace ChaosBench.Tests.PowerLoss;

/// <summary>A power-loss layer mounted over a fresh backing directory, and a shell to drive it as programs do.</summary>
public sealed class MountedLayer : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("chaosbench-layer-").FullName;

    /// <param name="prepareBacking">Runs on the empty backing directory before the layer is mounted (to mount a small tmpfs there, say).</param>
    public MountedLayer(LayerOptions? options = null, Action<string>? prepareBacking = null)
    {
        Directory.CreateDirectory(Backing);
        prepareBacking?.Invoke(Backing);
        Mount = PowerLossMount.Start(Backing, Path.Combine(_root, "mnt"), options);
    }

    public PowerLossMount Mount { get; }

    public string Backing => Path.Combine(_root, "backing");

    public string At(string name) => Path.Combine(Mount.MountPoint, name);

    public string BackingAt(string name) => Path.Combine(Backing, name);

    /// <summary>Runs <c>sh -c script</c> in the mount; returns its exit code, failing the test on a timeout.</summary>
    public int Shell(string script) => Run(script).Code;

    /// <summary>Runs <c>sh -c script</c> in the mount; returns its exit code and what it printed on stderr.</summary>
    public (int Code, string Error) Run(string script)
    {
        using var shell = Start(script);
        var error = shell.StandardError.ReadToEndAsync();
        if (!shell.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            shell.Kill();
            Assert.Fail($"'{script}' did not finish in 30s");
        }

        return (shell.ExitCode, error.Result);
    }

    /// <summary>Starts <c>sh -c script</c> in the mount without waiting.</summary>
    public Process Start(string script) =>
        Process.Start(new ProcessStartInfo("sh", ["-c", script]) { WorkingDirectory = Mount.MountPoint, RedirectStandardError = true })!;

    public void Dispose()
    {
        Mount.Dispose();
        if (MountTable.Under(Backing, null).Count > 0)
        {
            Assert.That(Process.Start("umount", [Backing]).WaitForExit(TimeSpan.FromSeconds(10)), Is.True);
        }

        Directory.Delete(_root, recursive: true);
    }
}
