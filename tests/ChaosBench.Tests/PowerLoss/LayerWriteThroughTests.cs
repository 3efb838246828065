using ChaosBench.PowerLoss;
using ChaosBench.PowerLoss.DiskFaults;

namespace ChaosBench.Tests.PowerLoss;

/// <summary>A <c>faults: true</c> volume's layer: writes reach the backing file at once, so a cut drops nothing, and the disk-fault hooks still act.</summary>
public sealed class LayerWriteThroughTests : LayerFixture
{
    [SetUp]
    public void WriteThrough() => Remount(new LayerOptions { WriteThrough = true });

    [Test]
    public void Write_UnsyncedWritesTruncateAndAllocate_ReachTheBackingAtOnce()
    {
        // Given a file written, extended, truncated and grown, never synced
        Assert.That(Layer.Shell("printf hello > a && printf ' world' >> a && printf 0123456789 > b && truncate -s 4 b && fallocate -l 8192 c"), Is.Zero);

        // Then the backing directory already holds each as the program left it, and the layer holds nothing
        Assert.That(File.ReadAllText(Layer.BackingAt("a")), Is.EqualTo("hello world"));
        Assert.That(File.ReadAllText(Layer.BackingAt("b")), Is.EqualTo("0123"));
        Assert.That(new FileInfo(Layer.BackingAt("c")).Length, Is.EqualTo(8192));
        Assert.That(Layer.Mount.UnsyncedBytes, Is.Zero);
    }

    [Test]
    public void Crash_AfterUnsyncedWrites_LosesNothing()
    {
        // Given unsynced writes
        Assert.That(Layer.Shell("printf kept > a && mkdir d && printf too > d/b"), Is.Zero);

        // When the power is cut
        Layer.Mount.Crash();

        // Then everything written survives
        Assert.That(File.ReadAllText(Layer.BackingAt("a")), Is.EqualTo("kept"));
        Assert.That(File.ReadAllText(Layer.BackingAt("d/b")), Is.EqualTo("too"));
    }

    [Test]
    public void DiskFull_OnAWriteThroughLayer_WriterGetsEnospcUntilCleared()
    {
        // Given a full disk
        var id = Layer.Mount.Inject(new DiskFull(), new Random(1));

        // When a program writes, and again once the disk has room
        var full = Layer.Run("printf hello | dd of=f status=none");
        Layer.Mount.Clear(id);
        var healed = Layer.Run("printf hello | dd of=g status=none");

        // Then the first write fails with ENOSPC and the second lands on the backing file
        Assert.That(full.Error, Does.Contain("No space left on device"));
        Assert.That(healed.Code, Is.Zero, healed.Error);
        Assert.That(File.ReadAllText(Layer.BackingAt("g")), Is.EqualTo("hello"));
    }
}
