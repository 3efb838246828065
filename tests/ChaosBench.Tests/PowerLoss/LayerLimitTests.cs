using ChaosBench.PowerLoss;
using Microsoft.Extensions.Time.Testing;

namespace ChaosBench.Tests.PowerLoss;

/// <summary>
/// The unsynced limit's mechanism: past it, the file dirty longest is written back, so the layer's memory stays
/// near the limit however much is written unsynced. The RSS this keeps is measured by bench/power-loss.sh.
/// </summary>
public sealed class LayerLimitTests : LayerFixture
{
    private const long MiB = 1 << 20;

    [Test]
    public void Write_EightTimesTheLimitUnsynced_MemoryStaysNearTheLimitAndTheRestIsWrittenBack()
    {
        Remount(new LayerOptions { UnsyncedLimit = MiB });

        Assert.That(Layer.Shell("dd if=/dev/urandom of=f bs=128k count=64 status=none"), Is.Zero);

        Assert.That(Layer.Mount.HeldBytes, Is.LessThanOrEqualTo(MiB + (256 << 10)), "the limit and one write");
        Assert.That(new FileInfo(Layer.BackingAt("f")).Length, Is.GreaterThanOrEqualTo(7 * MiB), "written back, unsynced");
        Assert.That(new FileInfo(Layer.At("f")).Length, Is.EqualTo(8 * MiB));
        Layer.Mount.Crash();
        Assert.That(new FileInfo(Layer.At("f")).Length, Is.InRange(7 * MiB, (8 * MiB) - 1), "what was written back survives; the rest does not");
    }

    [Test]
    public void Write_PastTheLimit_TheFileDirtyLongestIsWrittenBackFirst()
    {
        // Given a small file dirty since t=0 and a large one written a second later, past a 64 KiB limit
        var time = new FakeTimeProvider();
        Remount(new LayerOptions { UnsyncedLimit = 64 << 10, TimeProvider = time });
        Assert.That(Layer.Shell("printf old > a"), Is.Zero);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.That(Layer.Shell("dd if=/dev/zero of=b bs=16k count=4 status=none && dd if=/dev/zero of=b bs=16k count=1 seek=4 status=none"), Is.Zero);

        // When the power is cut
        Layer.Mount.Crash();

        // Then the older file was written back, as the kernel's flusher would have
        Assert.That(File.ReadAllText(Layer.At("a")), Is.EqualTo("old"));
    }
}
