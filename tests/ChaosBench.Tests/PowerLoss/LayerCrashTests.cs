using ChaosBench.PowerLoss;
using ChaosBench.PowerLoss.Native;

namespace ChaosBench.Tests.PowerLoss;

/// <summary>What survives a crash, proven with the programs products use (sh, dd, sync, mv, truncate, fallocate).</summary>
[Category("Fuse")]
[CancelAfter(60_000)]
public sealed class LayerCrashTests
{
    private MountedLayer _layer = null!;

    [SetUp]
    public void Mount() => _layer = new MountedLayer();

    [TearDown]
    public void Unmount() => _layer.Dispose();

    [Test]
    public void Crash_WriteWithoutFsync_DataGoneNameKept()
    {
        Assert.That(_layer.Shell("printf hello > f"), Is.Zero);
        Assert.That(File.ReadAllText(_layer.At("f")), Is.EqualTo("hello"), "programs read what they wrote");

        var report = _layer.Mount.Crash();

        Assert.That(File.ReadAllText(_layer.At("f")), Is.Empty, "the create is durable, the data was not");
        Assert.That(report.DroppedBytes, Is.EqualTo(5));
        Assert.That(report.Files, Is.EqualTo(new[] { "/f" }));
    }

    [TestCase("printf hello > f && sync f", TestName = "Crash_WriteThenFsync_Kept")]
    [TestCase("printf hello > f && sync -d f", TestName = "Crash_WriteThenFdatasync_Kept")]
    [TestCase("printf hello | dd of=f oflag=dsync status=none", TestName = "Crash_ODsyncWrite_Kept")]
    [TestCase("printf hello | dd of=f oflag=sync status=none", TestName = "Crash_OSyncWrite_Kept")]
    public void Crash_DurableWrite_Kept(string script)
    {
        Assert.That(_layer.Shell(script), Is.Zero);

        _layer.Mount.Crash();

        Assert.That(File.ReadAllText(_layer.At("f")), Is.EqualTo("hello"));
    }

    [Test]
    public void Crash_GlobalSync_DoesNotMakeDataDurable()
    {
        // sync(2) never reaches a FUSE file system (the kernel sends FUSE_SYNCFS only to virtiofs), so it is no durability point.
        Assert.That(_layer.Shell("printf hello > f && sync"), Is.Zero);

        _layer.Mount.Crash();

        Assert.That(File.ReadAllText(_layer.At("f")), Is.Empty);
    }

    [Test]
    public void Crash_RenameOfFsyncedFileWithoutDirectoryFsync_NewNameKeepsData()
    {
        Assert.That(_layer.Shell("printf new > tmp && sync tmp && printf old > target && sync target && mv tmp target"), Is.Zero);

        _layer.Mount.Crash();

        Assert.That(File.ReadAllText(_layer.At("target")), Is.EqualTo("new"), "renames are durable at once");
        Assert.That(File.Exists(_layer.At("tmp")), Is.False);
    }

    [Test]
    public void Crash_RenameOfUnsyncedFile_NewNameWithoutData()
    {
        Assert.That(_layer.Shell("printf new > tmp && mv tmp target"), Is.Zero);

        _layer.Mount.Crash();

        Assert.That(File.ReadAllText(_layer.At("target")), Is.Empty, "the rename survived, the data it carried did not");
    }

    [Test]
    public void Crash_UnsyncedTruncate_OldContentBack()
    {
        Assert.That(_layer.Shell("printf 0123456789 > f && sync f && truncate -s 3 f"), Is.Zero);
        Assert.That(new FileInfo(_layer.At("f")).Length, Is.EqualTo(3));

        _layer.Mount.Crash();

        Assert.That(File.ReadAllText(_layer.At("f")), Is.EqualTo("0123456789"));
    }

    [Test]
    public void Crash_OTruncOfSyncedFile_OldContentBack()
    {
        Assert.That(_layer.Shell("printf old > f && sync f && printf x > f"), Is.Zero);
        Assert.That(File.ReadAllText(_layer.At("f")), Is.EqualTo("x"));

        _layer.Mount.Crash();

        Assert.That(File.ReadAllText(_layer.At("f")), Is.EqualTo("old"));
    }

    [Test]
    public void Crash_FallocateGrowth_Dropped()
    {
        // util-linux fallocate fsyncs after allocating, so the calls are made here, as etcd makes them.
        var fd = LibC.Open(_layer.At("f"), LibC.ORdWr | LibC.OCreat, 0b110_100_100);
        Assert.That(fd, Is.GreaterThanOrEqualTo(0));
        var grown = LibC.FAllocate(fd, 0, 0, 8192);
        var reserved = LibC.FAllocate(fd, LibC.FallocKeepSize, 0, 65536);
        LibC.Close(fd);
        Assert.That((grown, reserved), Is.EqualTo((0, 0)));
        Assert.That(new FileInfo(_layer.At("f")).Length, Is.EqualTo(8192), "mode 0 grows the file; KEEP_SIZE does not");

        _layer.Mount.Crash();

        Assert.That(new FileInfo(_layer.At("f")).Length, Is.Zero);
    }

    [Test]
    public void Crash_NamespaceCalls_DurableAtOnce()
    {
        Assert.That(_layer.Shell("mkdir -p d/e && touch d/e/f && ln -s f d/e/link && ln d/e/f d/e/hard && mkdir gone && rmdir gone && chmod 600 d/e/f"), Is.Zero);

        _layer.Mount.Crash();

        Assert.That(File.Exists(_layer.BackingAt("d/e/f")), Is.True);
        Assert.That(File.ResolveLinkTarget(_layer.At("d/e/link"), false)?.Name, Is.EqualTo("f"));
        Assert.That(File.Exists(_layer.At("d/e/hard")), Is.True);
        Assert.That(Directory.Exists(_layer.At("gone")), Is.False);
        Assert.That(File.GetUnixFileMode(_layer.At("d/e/f")), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    public void Tear_TwoUnsyncedWrites_OnlyAPrefixOfTheLastSurvives()
    {
        Assert.That(_layer.Shell("printf base > f && sync f && printf AAAA >> f && printf BBBBBBBB >> f"), Is.Zero);

        var report = _layer.Mount.Tear(length => 3);

        Assert.That(report?.Torn, Is.EqualTo(new TornWrite("/f", 8, 8, 3)));
        Assert.That(File.ReadAllBytes(_layer.At("f")), Is.EqualTo("base\0\0\0\0BBB"u8.ToArray()), "the earlier write is lost, the later one torn");
    }

    [Test]
    public void Tear_NothingUnsynced_Null()
    {
        Assert.That(_layer.Shell("printf base > f && sync f"), Is.Zero);

        Assert.That(_layer.Mount.Tear(length => 1), Is.Null);
    }
}
