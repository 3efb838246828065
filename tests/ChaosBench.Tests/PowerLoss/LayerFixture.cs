namespace ChaosBench.Tests.PowerLoss;

/// <summary>A fresh layer per test, unmounted whatever the test did; a test that needs other options mounts its own with <see cref="Remount"/>.</summary>
[Category("Fuse")]
[CancelAfter(60_000)]
public abstract class LayerFixture
{
    protected MountedLayer Layer { get; private set; } = null!;

    [SetUp]
    public void Mount() => Layer = new MountedLayer();

    [TearDown]
    public void Unmount() => Layer.Dispose();

    protected void Remount(ChaosBench.PowerLoss.LayerOptions options, Action<string>? prepareBacking = null)
    {
        Layer.Dispose();
        Layer = new MountedLayer(options, prepareBacking);
    }
}
