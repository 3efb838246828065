using ChaosBench.PowerLoss;
using ChaosBench.PowerLoss.Native;

namespace ChaosBench.Tests.PowerLoss;

/// <summary>What survives a crash, proven with the programs products use (sh, dd, sync, mv, truncate, fallocate).</summary>
public sealed class LayerCrashTests : LayerFixture
{
    [Test]
    public void Crash_WriteWithoutFsync_DataGoneNameKept()
    {
        Assert.That(Layer.Shell("printf hello > f"), Is.Zero);
        Assert.That(File.ReadAllText(Layer.At("f")), Is.EqualTo("hello"), "programs read what they wrote");

        var report = Layer.Mount.Crash();

        Assert.That(File.ReadAllText(Layer.At("f")), Is.Empty, "the create is durable, the data was not");
        Assert.That(report.DroppedBytes, Is.EqualTo(5));
        Assert.That(report.Files, Is.EqualTo(new[] { "/f" }));
    }

    [Test]
    public void Fsync_AfterThePowerWentOff_FailsAndSavesNothing()
    {
        // Given an unsynced write, and the power gone (the product not yet dead: its fsync was in a slow-io delay, say)
        Assert.That(Layer.Shell("printf lost > f"), Is.Zero);
        Layer.Mount.Freeze();

        // When the fsync reaches the layer, and the cut comes after it
        var (code, error) = Layer.Run("sync f");
        Layer.Mount.Crash();

        // Then it failed, and the write it was to save is gone
        Assert.That(code, Is.Not.Zero);
        Assert.That(error, Does.Contain("Input/output error"));
        Assert.That(File.ReadAllText(Layer.At("f")), Is.Empty);
    }

    [Test]
    public void SyncWrite_AfterThePowerWentOff_FailsAndSavesNothing()
    {
        // Given the power gone, the product not yet dead
        Layer.Mount.Freeze();

        // When it writes with O_SYNC, and the cut comes after it
        var (code, error) = Layer.Run("printf lost | dd of=f oflag=sync status=none");
        Layer.Mount.Crash();

        // Then the write failed rather than report a durability it does not have, and nothing of it is on the disk
        Assert.That(code, Is.Not.Zero);
        Assert.That(error, Does.Contain("Input/output error"));
        Assert.That(File.ReadAllText(Layer.At("f")), Is.Empty);
    }

    [TestCase("printf hello > f && sync f", TestName = "Crash_WriteThenFsync_Kept")]
    [TestCase("printf hello > f && sync -d f", TestName = "Crash_WriteThenFdatasync_Kept")]
    [TestCase("printf hello | dd of=f oflag=dsync status=none", TestName = "Crash_ODsyncWrite_Kept")]
    [TestCase("printf hello | dd of=f oflag=sync status=none", TestName = "Crash_OSyncWrite_Kept")]
    public void Crash_DurableWrite_Kept(string script)
    {
        Assert.That(Layer.Shell(script), Is.Zero);

        Layer.Mount.Crash();

        Assert.That(File.ReadAllText(Layer.At("f")), Is.EqualTo("hello"));
    }

    [Test]
    public void Crash_GlobalSync_DoesNotMakeDataDurable()
    {
        // sync(2) never reaches a FUSE file system (the kernel sends FUSE_SYNCFS only to virtiofs), so it is no durability point.
        Assert.That(Layer.Shell("printf hello > f && sync"), Is.Zero);

        Layer.Mount.Crash();

        Assert.That(File.ReadAllText(Layer.At("f")), Is.Empty);
    }

    [Test]
    public void Crash_RenameOfFsyncedFileWithoutDirectoryFsync_NewNameKeepsData()
    {
        Assert.That(Layer.Shell("printf new > tmp && sync tmp && printf old > target && sync target && mv tmp target"), Is.Zero);

        Layer.Mount.Crash();

        Assert.That(File.ReadAllText(Layer.At("target")), Is.EqualTo("new"), "renames are durable at once");
        Assert.That(File.Exists(Layer.At("tmp")), Is.False);
    }

    [Test]
    public void Crash_RenameOfUnsyncedFile_NewNameWithoutData()
    {
        Assert.That(Layer.Shell("printf new > tmp && mv tmp target"), Is.Zero);

        Layer.Mount.Crash();

        Assert.That(File.ReadAllText(Layer.At("target")), Is.Empty, "the rename survived, the data it carried did not");
    }

    [Test]
    public void Crash_UnsyncedTruncate_OldContentBack()
    {
        Assert.That(Layer.Shell("printf 0123456789 > f && sync f && truncate -s 3 f"), Is.Zero);
        Assert.That(new FileInfo(Layer.At("f")).Length, Is.EqualTo(3));

        Layer.Mount.Crash();

        Assert.That(File.ReadAllText(Layer.At("f")), Is.EqualTo("0123456789"));
    }

    [Test]
    public void Crash_OTruncOfSyncedFile_OldContentBack()
    {
        Assert.That(Layer.Shell("printf old > f && sync f && printf x > f"), Is.Zero);
        Assert.That(File.ReadAllText(Layer.At("f")), Is.EqualTo("x"));

        Layer.Mount.Crash();

        Assert.That(File.ReadAllText(Layer.At("f")), Is.EqualTo("old"));
    }

    [Test]
    public void Crash_FallocateGrowth_Dropped()
    {
        // util-linux fallocate fsyncs after allocating, so the calls are made here, as etcd makes them.
        var fd = LibC.Open(Layer.At("f"), LibC.ORdWr | LibC.OCreat, 0b110_100_100);
        Assert.That(fd, Is.GreaterThanOrEqualTo(0));
        var grown = LibC.FAllocate(fd, 0, 0, 8192);
        var reserved = LibC.FAllocate(fd, LibC.FallocKeepSize, 0, 65536);
        LibC.Close(fd);
        Assert.That((grown, reserved), Is.EqualTo((0, 0)));
        Assert.That(new FileInfo(Layer.At("f")).Length, Is.EqualTo(8192), "mode 0 grows the file; KEEP_SIZE does not");

        Layer.Mount.Crash();

        Assert.That(new FileInfo(Layer.At("f")).Length, Is.Zero);
    }

    [Test]
    public void Crash_NamespaceCalls_DurableAtOnce()
    {
        Assert.That(Layer.Shell("mkdir -p d/e && touch d/e/f && ln -s f d/e/link && ln d/e/f d/e/hard && mkdir gone && rmdir gone && chmod 600 d/e/f"), Is.Zero);

        Layer.Mount.Crash();

        Assert.That(File.Exists(Layer.BackingAt("d/e/f")), Is.True);
        Assert.That(File.ResolveLinkTarget(Layer.At("d/e/link"), false)?.Name, Is.EqualTo("f"));
        Assert.That(File.Exists(Layer.At("d/e/hard")), Is.True);
        Assert.That(Directory.Exists(Layer.At("gone")), Is.False);
        Assert.That(File.GetUnixFileMode(Layer.At("d/e/f")), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    public void Tear_TwoUnsyncedWrites_OnlyAPrefixOfTheLastSurvives()
    {
        Assert.That(Layer.Shell("printf base > f && sync f && printf AAAA >> f && printf BBBBBBBB >> f"), Is.Zero);

        var report = Layer.Mount.Tear(points => 2, granularity: TearGranularity.Byte);

        Assert.That(report?.Torn, Is.EqualTo(new TornWrite("/f", 8, 8, 3)), "the third tear point keeps three bytes");
        Assert.That(File.ReadAllBytes(Layer.At("f")), Is.EqualTo("base\0\0\0\0BBB"u8.ToArray()), "the earlier write is lost, the later one torn");
    }

    [Test]
    public void Tear_NothingUnsynced_Null()
    {
        Assert.That(Layer.Shell("printf base > f && sync f"), Is.Zero);

        Assert.That(Layer.Mount.Tear(points => 0), Is.Null);
    }
}
