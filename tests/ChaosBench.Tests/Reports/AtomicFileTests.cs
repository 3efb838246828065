using ChaosBench.Reports;

namespace ChaosBench.Tests.Reports;

public sealed class AtomicFileTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("chaosbench-atomic-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Write_ExistingFile_ReplacesItAndLeavesNoTempFile()
    {
        // Given a file from an earlier write
        var path = Path.Combine(_folder, "run.json");
        File.WriteAllText(path, "old");

        // When it is written again
        AtomicFile.Write(path, stream => stream.Write("new"u8));

        // Then only the new content is there
        Assert.That(File.ReadAllText(path), Is.EqualTo("new"));
        Assert.That(Directory.GetFiles(_folder), Has.Length.EqualTo(1));
    }

    [Test]
    public void Write_WriterThrowsHalfway_KeepsOldContentAndLeavesNoTempFile()
    {
        // Given a file from an earlier write
        var path = Path.Combine(_folder, "run.json");
        File.WriteAllText(path, "old");

        // When a new write fails halfway
        Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half"u8);
            throw new IOException("disk full");
        }));

        // Then readers still see the complete old file, and nothing else
        Assert.That(File.ReadAllText(path), Is.EqualTo("old"));
        Assert.That(Directory.GetFiles(_folder), Has.Length.EqualTo(1));
    }
}
