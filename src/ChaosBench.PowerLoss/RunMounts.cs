using System.Globalization;
using ChaosBench.Engine.Cleanup;
using ChaosBench.PowerLoss.Native;

namespace ChaosBench.PowerLoss;

/// <summary>
/// The power-loss layers of one run, mounted under <c>&lt;state&gt;/mounts/&lt;run id&gt;/</c> beside an
/// <c>owner</c> file, so a later start can tell a dead run's leftovers from a live run's mounts.
/// </summary>
public sealed class RunMounts(string runId) : IDisposable
{
    private readonly List<PowerLossMount> _mounts = [];

    public static string Root => Path.Combine(StateDirectory.Path, "mounts");

    public string Directory { get; } = Path.Combine(Root, runId);

    /// <summary>Raised when any of the run's layers has an error of a new kind (on that layer's thread); see <see cref="PowerLossMount.Failed"/>.</summary>
    public event Action<LayerError>? Failed;

    /// <summary>Every error of the run's layers so far.</summary>
    public IReadOnlyList<LayerError> Errors => [.. _mounts.SelectMany(m => m.Errors).OrderBy(e => e.At)];

    /// <summary>Mounts a layer named <paramref name="name"/> (e.g. <c>etcd-1-data</c>) over <paramref name="backing"/>; see <see cref="PowerLossMount.Start"/>.</summary>
    public PowerLossMount Mount(string name, string backing, LayerOptions? options = null)
    {
        if (_mounts.Count == 0)
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(Path.Combine(Directory, "owner"), $"{RunOwner.Current.Pid} {RunOwner.Current.StartTicks}");
        }

        var mount = PowerLossMount.Start(backing, Path.Combine(Directory, name), options);
        mount.Failed += e => Failed?.Invoke(e);
        _mounts.Add(mount);
        return mount;
    }

    /// <summary>Unmounts every layer and removes the run's directory.</summary>
    public void Dispose()
    {
        foreach (var mount in _mounts)
        {
            mount.Dispose();
        }

        _mounts.Clear();
        RemoveDirectory(Directory);
    }

    /// <summary>
    /// Unmounts the layers of runs whose harness died (its watchdog normally does this; a reboot or a killed
    /// process group may not let it) and removes their directories. Returns how many mounts it removed.
    /// </summary>
    public static int SweepOrphans()
    {
        if (!System.IO.Directory.Exists(Root))
        {
            return 0;
        }

        var swept = 0;
        foreach (var run in System.IO.Directory.EnumerateDirectories(Root).Where(IsOrphan))
        {
            foreach (var mountPoint in MountTable.Under(run, PowerLossMount.FileSystemType))
            {
                swept += LibC.UMount2(mountPoint, LibC.MntDetach) == 0 ? 1 : 0;
            }

            // A member started after its layer was gone (the harness killed while starting it) wrote into the
            // bare mount point; with nothing mounted below any more, the run's directory goes, whatever it holds.
            try
            {
                if (MountTable.Under(run, null).Count == 0)
                {
                    System.IO.Directory.Delete(run, recursive: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Still in use: the next start's sweep tries again.
            }
        }

        return swept;
    }

    private static bool IsOrphan(string run)
    {
        var owner = Path.Combine(run, "owner");
        if (!File.Exists(owner))
        {
            return true;
        }

        var fields = File.ReadAllText(owner).Split(' ');
        return fields.Length != 2
            || !int.TryParse(fields[0], CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(fields[1], CultureInfo.InvariantCulture, out var ticks)
            || new RunOwner(pid, Environment.MachineName, ticks).IsGone();
    }

    /// <summary>Removes empty mount points, the owner file and the directory; never recurses into a mount still there.</summary>
    private static void RemoveDirectory(string run)
    {
        try
        {
            foreach (var mountPoint in System.IO.Directory.EnumerateDirectories(run))
            {
                System.IO.Directory.Delete(mountPoint, recursive: false);
            }

            File.Delete(Path.Combine(run, "owner"));
            System.IO.Directory.Delete(run, recursive: false);
        }
        catch (IOException)
        {
            // Something is still mounted there: the next start's sweep tries again.
        }
    }
}
