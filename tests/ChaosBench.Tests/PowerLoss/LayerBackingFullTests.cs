using System.Diagnostics;
using ChaosBench.PowerLoss;
using Microsoft.Extensions.Time.Testing;

namespace ChaosBench.Tests.PowerLoss;

/// <summary>
/// Issue 19's acceptance, on the mounted layer with real writer processes: a power-loss volume whose backing
/// folder is a 1 MiB tmpfs. The writer gets ENOSPC, the harness's process lives, the layer reports an error
/// naming the cause and the fix (which makes a run errored), and nothing leaks: no mount, no descriptor.
/// </summary>
public sealed class LayerBackingFullTests : LayerFixture
{
    [Test]
    public void Fsync_BackingFull_WriterGetsEnospcTheLayerAnErrorAndNothingLeaks()
    {
        var fuse = Descriptors().Count(d => d == "/dev/fuse");
        Remount(new LayerOptions(), Tmpfs);
        var root = Path.GetDirectoryName(Layer.Backing)!;

        var dd = Layer.Run("dd if=/dev/zero of=f bs=64k count=32 conv=fsync status=none");
        var errors = Layer.Mount.Errors;
        Remount(new LayerOptions());

        Assert.That(dd.Error, Does.Contain("No space left on device"));
        Assert.That(errors.Select(e => e.Message), Has.One.Contains("with ENOSPC; programs get ENOSPC; fix: free space"));
        Assert.That(MountsUnder(root), Is.Empty, "the layer and the tmpfs are gone");
        Assert.That(Descriptors().Where(d => d.StartsWith(root, StringComparison.Ordinal)), Is.Empty, "no descriptor on the backing files is left");
        Assert.That(Descriptors().Count(d => d == "/dev/fuse"), Is.EqualTo(fuse), "nor on a FUSE connection");
    }

    [Test]
    public void WriteBack_BackingFull_TheTimerRecordsTheErrorAndTheNextFsyncGetsEnospc()
    {
        // Given a layer writing back after 2 s on a clock the test drives, over a full-to-be tmpfs
        var time = new FakeTimeProvider();
        Remount(new LayerOptions { Writeback = TimeSpan.FromSeconds(2), TimeProvider = time }, Tmpfs);
        Assert.That(Layer.Shell("dd if=/dev/zero of=f bs=64k count=32 status=none"), Is.Zero, "unsynced writes need no disk");

        // When the write-back timer fires and the backing disk refuses (this aborted the harness, rc 134, before)
        time.Advance(TimeSpan.FromSeconds(3));

        // Then the error is recorded, the data stays unsynced, and the writer's next fsync gets ENOSPC
        Assert.That(Layer.Mount.Errors.Select(e => e.Message), Has.One.Contains("write-back").Or.Contains("with ENOSPC"));
        Assert.That(Layer.Run("sync f").Error, Does.Contain("No space left on device"));
        Assert.That(File.ReadAllBytes(Layer.At("f")), Has.Length.EqualTo(2 << 20), "still readable as written");
    }

    [Test]
    public void Write_PastTheLimitOnAFullBacking_WriterGetsEnospc()
    {
        Remount(new LayerOptions { UnsyncedLimit = 256 << 10 }, Tmpfs);

        var dd = Layer.Run("dd if=/dev/zero of=f bs=64k count=32 status=none");

        Assert.That(dd.Error, Does.Contain("No space left on device"));
        Assert.That(Layer.Mount.Errors, Has.Count.EqualTo(1));
    }

    /// <summary>Mounts a 1 MiB tmpfs on the backing directory; the fixture's layer unmounts it at the end.</summary>
    private static void Tmpfs(string backing)
    {
        using var mount = Process.Start("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", backing]);
        Assert.That(mount.WaitForExit(TimeSpan.FromSeconds(10)) && mount.ExitCode == 0, Is.True, "mount a tmpfs (needs root)");
    }

    private static List<string> MountsUnder(string root) =>
        File.ReadLines("/proc/self/mountinfo").Select(l => l.Split(' ')[4]).Where(p => p.StartsWith(root, StringComparison.Ordinal)).ToList();

    /// <summary>What this process's descriptors point at.</summary>
    private static List<string> Descriptors() =>
        [.. Directory.GetFiles("/proc/self/fd").Select(fd => new FileInfo(fd).LinkTarget).OfType<string>()];
}
