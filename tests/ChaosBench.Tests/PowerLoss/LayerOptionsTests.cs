using ChaosBench.PowerLoss;

namespace ChaosBench.Tests.PowerLoss;

public sealed class LayerOptionsTests
{
    [Test]
    public void Start_InvalidOptions_EveryProblemInOneLine()
    {
        var options = new LayerOptions { Writeback = TimeSpan.Zero, UnsyncedLimit = 10 };

        var e = Assert.Throws<PowerLossException>(() => PowerLossMount.Start("/nonexistent", "/nonexistent-mnt", options));

        Assert.That(e!.Message, Does.Contain("writeback 00:00:00 is not positive").And.Contain("unsynced-limit 10 bytes is less than one page"));
    }

    [Test]
    public void UnsyncedLimit_Default_256MiB() =>
        Assert.That(new LayerOptions().UnsyncedLimit, Is.EqualTo(256L * 1024 * 1024));
}
