namespace ChaosBench.Tests.PowerLoss;

/// <summary>A fresh layer per test, unmounted whatever the test did.</summary>
[Category("Fuse")]
[CancelAfter(60_000)]
public abstract class LayerFixture
{
    protected MountedLayer Layer { get; private set; } = null!;

    [SetUp]
    public void Mount() => Layer = new MountedLayer();

    [TearDown]
    public void Unmount() => Layer.Dispose();
}
