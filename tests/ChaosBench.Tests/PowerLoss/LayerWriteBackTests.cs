using ChaosBench.PowerLoss;
using Microsoft.Extensions.Time.Testing;

namespace ChaosBench.Tests.PowerLoss;

/// <summary>Write-back on the layer's injected clock: a file dirty for the write-back age reaches the disk whole, unsynced.</summary>
public sealed class LayerWriteBackTests : LayerFixture
{
    [Test]
    public void WriteBack_FileDirtyForTheAge_SurvivesTheCut()
    {
        var time = new FakeTimeProvider();
        Remount(new LayerOptions { Writeback = TimeSpan.FromSeconds(2), TimeProvider = time });
        Assert.That(Layer.Shell("printf early > a"), Is.Zero);

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.That(Layer.Shell("printf late > b"), Is.Zero);
        time.Advance(TimeSpan.FromSeconds(1.5));
        Layer.Mount.Crash();

        Assert.That(File.ReadAllText(Layer.At("a")), Is.EqualTo("early"), "dirty for 2.5 s: written back");
        Assert.That(File.ReadAllText(Layer.At("b")), Is.Empty, "dirty for 1.5 s: lost");
    }
}
