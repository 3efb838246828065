using ChaosBench.PowerLoss;

namespace ChaosBench.Tests.PowerLoss;

/// <summary><c>directory-durability: strict</c> through the mounted layer: a create, rename or unlink survives a cut only once its directory is fsynced (<c>sync DIR</c>).</summary>
public sealed class LayerDurabilityTests : LayerFixture
{
    [SetUp]
    public void Strict() => Remount(new LayerOptions { DirectoryDurability = DirectoryDurability.Strict });

    [Test]
    public void Crash_RenameIntoPlaceWithoutDirectoryFsync_NewFileGoneOldOneBack()
    {
        Assert.That(Layer.Shell("printf old > target && sync target && sync ."), Is.Zero);
        Assert.That(Layer.Shell("printf new > tmp && sync tmp && mv tmp target"), Is.Zero);

        var cut = Layer.Mount.Crash();

        Assert.That(File.ReadAllText(Layer.At("target")), Is.EqualTo("old"));
        Assert.That(File.Exists(Layer.At("tmp")), Is.False);
        Assert.That(cut.Undone, Is.EqualTo(new[] { "rename /tmp -> /target", "create /tmp" }));
    }

    [Test]
    public void Crash_RenameIntoPlaceThenDirectoryFsync_NewFileKept()
    {
        Assert.That(Layer.Shell("printf old > target && sync target && sync ."), Is.Zero);
        Assert.That(Layer.Shell("printf new > tmp && sync tmp && mv tmp target && sync ."), Is.Zero);

        var cut = Layer.Mount.Crash();

        Assert.That(File.ReadAllText(Layer.At("target")), Is.EqualTo("new"));
        Assert.That(cut.Undone, Is.Empty);
    }

    [Test]
    public void Crash_UnlinkWithoutDirectoryFsync_FileBackWithItsData()
    {
        Assert.That(Layer.Shell("mkdir d && sync . && printf kept > d/f && sync d/f && sync d && rm d/f"), Is.Zero);
        Assert.That(Layer.Shell("test -z \"$(ls -A d)\" && test -z \"$(ls -A | grep -v '^d$')\" && ! test -e .chaosbench-undo"), Is.Zero, "what the layer keeps aside is hidden");

        Layer.Mount.Crash();

        Assert.That(File.ReadAllText(Layer.At("d/f")), Is.EqualTo("kept"));
        Assert.That(Directory.GetFileSystemEntries(Layer.Backing), Is.EqualTo(new[] { Layer.BackingAt("d") }), "nothing left aside on disk");
    }

    [Test]
    public void Dispose_PendingChanges_StayAndNothingIsLeftAside()
    {
        Assert.That(Layer.Shell("printf x > f && rm f && printf y > g"), Is.Zero);

        Layer.Mount.Dispose();

        Assert.That(Directory.GetFileSystemEntries(Layer.Backing).Select(Path.GetFileName), Is.EqualTo(new[] { "g" }));
    }
}
