using System.IO.MemoryMappedFiles;

namespace ChaosBench.Tests.PowerLoss;

/// <summary>Every call etcd, Redis and PostgreSQL make on their data directory behaves through the layer as on a disk.</summary>
public sealed class LayerOperationTests : LayerFixture
{
    [Test]
    public void Create_Exclusive_SecondCreateFails()
    {
        using (new FileStream(Layer.At("f"), FileMode.CreateNew))
        {
        }

        Assert.Throws<IOException>(() => new FileStream(Layer.At("f"), FileMode.CreateNew).Dispose());
    }

    [Test]
    public void PWriteAndPRead_AtOffsets_ReadBackAndStatShowsTheUnsyncedSize()
    {
        using var file = File.OpenHandle(Layer.At("f"), FileMode.Create, FileAccess.ReadWrite);
        RandomAccess.Write(file, "world"u8, 6);
        RandomAccess.Write(file, "hello "u8, 0);

        var read = new byte[11];
        Assert.That(RandomAccess.Read(file, read, 0), Is.EqualTo(11));
        Assert.That(read, Is.EqualTo("hello world"u8.ToArray()));
        Assert.That(new FileInfo(Layer.At("f")).Length, Is.EqualTo(11));
        Assert.That(new FileInfo(Layer.BackingAt("f")).Length, Is.Zero, "nothing is durable before fsync");
    }

    [Test]
    public void Append_TwoWrites_BothAtTheEnd()
    {
        Assert.That(Layer.Shell("printf a >> f && printf b >> f && printf c >> f"), Is.Zero);

        Assert.That(File.ReadAllText(Layer.At("f")), Is.EqualTo("abc"));
    }

    [Test]
    public void FTruncate_GrowAndShrink_ZerosThenCut()
    {
        using (var file = new FileStream(Layer.At("f"), FileMode.Create))
        {
            file.Write("abcdef"u8);
            file.SetLength(3);
            file.SetLength(5);
        }

        Assert.That(File.ReadAllBytes(Layer.At("f")), Is.EqualTo("abc\0\0"u8.ToArray()));
    }

    [Test]
    public void Fsync_FromDotNet_MakesDataDurable()
    {
        using (var file = new FileStream(Layer.At("f"), FileMode.Create))
        {
            file.Write("durable"u8);
            file.Flush(flushToDisk: true);
        }

        Assert.That(File.ReadAllText(Layer.BackingAt("f")), Is.EqualTo("durable"));
    }

    [Test]
    public void Unlink_WhileOpen_HandleStillReadsAndWrites()
    {
        using var file = new FileStream(Layer.At("f"), FileMode.Create, FileAccess.ReadWrite);
        file.Write("before"u8);
        File.Delete(Layer.At("f"));

        file.Write("after"u8);
        file.Position = 0;
        var read = new byte[11];
        file.ReadExactly(read);

        Assert.That(read, Is.EqualTo("beforeafter"u8.ToArray()));
        Assert.That(File.Exists(Layer.At("f")), Is.False);
        Assert.That(File.Exists(Layer.BackingAt("f")), Is.False, "unlink is durable at once");
    }

    [Test]
    public void ReadDir_FilesDirectoriesAndDotfiles_AllListed()
    {
        Assert.That(Layer.Shell("mkdir d && touch a .hidden d/inner"), Is.Zero);

        var names = Directory.EnumerateFileSystemEntries(Layer.Mount.MountPoint, "*", new EnumerationOptions { AttributesToSkip = 0 }).Select(Path.GetFileName);

        Assert.That(names, Is.EquivalentTo(new[] { "a", ".hidden", "d" }));
        Assert.That(Directory.GetFiles(Layer.At("d")).Select(Path.GetFileName), Is.EqualTo(new[] { "inner" }));
    }

    [Test]
    public void RmDir_NotEmpty_Refused()
    {
        Assert.That(Layer.Shell("mkdir d && touch d/f"), Is.Zero);

        Assert.That(Layer.Shell("rmdir d"), Is.Not.Zero);
        Assert.That(Layer.Shell("rm d/f && rmdir d"), Is.Zero);
        Assert.That(Directory.Exists(Layer.BackingAt("d")), Is.False);
    }

    [Test]
    public void MmapRead_UnsyncedData_Seen()
    {
        Assert.That(Layer.Shell("printf mapped > f"), Is.Zero);

        using var map = MemoryMappedFile.CreateFromFile(Layer.At("f"), FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        using var view = map.CreateViewStream(0, 0, MemoryMappedFileAccess.Read);
        var read = new byte[6];
        view.ReadExactly(read);

        Assert.That(read, Is.EqualTo("mapped"u8.ToArray()));
    }

    [Test]
    public void Flock_HeldByOneProcess_AnotherCannotTakeIt()
    {
        Assert.That(Layer.Shell("touch f && flock -n f true"), Is.Zero, "a free lock is taken");

        Assert.That(Layer.Shell("exec 9>f; flock -n 9 || exit 2; sh -c 'exec 8>f; flock -n 8' ; test $? -eq 1"), Is.Zero, "a second open file description is refused");
    }

    [Test]
    public void FcntlLock_HeldByThisProcess_AnotherProcessIsRefused()
    {
        using var file = new FileStream(Layer.At("f"), FileMode.Create, FileAccess.ReadWrite, FileShare.ReadWrite);
        file.Write(new byte[16]);
        file.Lock(0, 16);

        // perl-base is in every Debian: take a POSIX write lock with F_SETLK (struct flock on x86_64).
        var other = Layer.Shell("perl -MFcntl -e 'open(my $f, \"+<\", \"f\") or exit 3; my $l = pack(\"s s x4 q q i x4\", F_WRLCK, 0, 0, 0, 0); fcntl($f, F_SETLK, $l) ? exit 0 : exit 1'");
        file.Unlock(0, 16);
        var afterUnlock = Layer.Shell("perl -MFcntl -e 'open(my $f, \"+<\", \"f\") or exit 3; my $l = pack(\"s s x4 q q i x4\", F_WRLCK, 0, 0, 0, 0); fcntl($f, F_SETLK, $l) ? exit 0 : exit 1'");

        Assert.That(other, Is.EqualTo(1), "the lock is held");
        Assert.That(afterUnlock, Is.Zero, "and free once released");
    }

    [Test]
    public void Create_ByAnotherUser_OwnedByThatUser()
    {
        Assert.That(Layer.Shell("mkdir shared && chmod 777 shared && setpriv --reuid=65534 --regid=65534 --clear-groups touch shared/f"), Is.Zero);

        Assert.That(Layer.Shell("test \"$(stat -c %u:%g shared/f)\" = 65534:65534"), Is.Zero);
        Assert.That(Layer.Shell($"test \"$(stat -c %u:%g '{Layer.BackingAt("shared/f")}')\" = 65534:65534"), Is.Zero);
    }
}
