using ChaosBench.PowerLoss;
using FsCheck;
using FsCheck.Fluent;
using static ChaosBench.Tests.PowerLoss.ByteModel;

namespace ChaosBench.Tests.PowerLoss;

/// <summary>
/// The page overlay against the simplest model of a file under power loss: the bytes programs see, and the
/// bytes a crash leaves, which only a sync (or a write-back) moves forward.
/// </summary>
public sealed class UnsyncedFileTests
{
    private const int Page = UnsyncedFile.PageSize;

    [Test]
    public void Operations_AnySequence_ReadsWhatWasWrittenAndCrashesToWhatWasSynced()
    {
        var operation = Gen.OneOf(
            from offset in Gen.Choose(0, 3 * Page)
            from length in Gen.Choose(1, 2 * Page)
            from value in Gen.Choose(1, 255)
            select (Kind: "write", A: offset, B: length, C: value),
            from size in Gen.Choose(0, 4 * Page) select (Kind: "truncate", A: size, B: 0, C: 0),
            Gen.Constant((Kind: "sync", A: 0, B: 0, C: 0)),
            Gen.Constant((Kind: "write-back", A: 0, B: 0, C: 0)),
            Gen.Constant((Kind: "crash", A: 0, B: 0, C: 0)));

        Prop.ForAll(operation.ArrayOf().ToArbitrary(), operations =>
        {
            // Given a file that starts empty, its pages from a small pool, and the model of what programs see and what a crash leaves
            var backing = new MemoryBacking();
            var pool = new PagePool(3);
            var file = new UnsyncedFile(0, pool);
            var visible = new List<byte>();
            var durable = new List<byte>();
            var now = 0L;
            foreach (var (kind, a, b, c) in operations)
            {
                // When each operation runs on both
                now++;
                switch (kind)
                {
                    case "write":
                        file.Write(backing, a, Enumerable.Repeat((byte)c, b).ToArray(), now, now);
                        Resize(visible, Math.Max(visible.Count, a + b));
                        visible.RemoveRange(a, b);
                        visible.InsertRange(a, Enumerable.Repeat((byte)c, b));
                        break;
                    case "truncate":
                        file.SetSize(a, now);
                        Resize(visible, a);
                        break;
                    case "sync":
                        file.Sync(backing);
                        durable = [.. visible];
                        break;
                    case "write-back":
                        file.WriteThrough(backing);
                        durable = [.. visible];
                        break;
                    default:
                        file.Release();
                        file = new UnsyncedFile(backing.Size, pool);
                        visible = [.. durable];
                        break;
                }

                // Then programs read the model's bytes, and the durable copy holds the model's durable bytes once synced or crashed
                var read = new byte[visible.Count + Page];
                var count = file.Read(backing, 0, read);
                if (file.Size != visible.Count || !read.AsSpan(0, count).SequenceEqual(visible.ToArray()))
                {
                    return false;
                }

                if (kind is "sync" or "write-back" or "crash" && !backing.Bytes.SequenceEqual(durable))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Test]
    public void WriteThrough_FileRewrittenAndGrown_AllOfItSurvivesACrashAndNoFsync()
    {
        // Given a file dirty since time 1, rewritten and grown at time 5, as a log that keeps appending is
        var backing = new MemoryBacking();
        var file = new UnsyncedFile(0);
        file.Write(backing, 0, Filled(Page, 1), 1, now: 1);
        file.Write(backing, Page, Filled(Page, 2), 2, now: 5);

        // When the flusher writes it back, and then the power goes
        file.WriteThrough(backing);

        // Then all of it reached the disk, the later write too (Linux ages an inode from when it became dirty)
        Assert.That(file.DirtySince, Is.Null);
        Assert.That(backing.Bytes, Is.EqualTo(Filled(Page, 1).Concat(Filled(Page, 2))));
        Assert.That(backing.Syncs, Is.Zero, "a write-back is no fsync");
    }

    [Test]
    public void DirtySince_RewrittenLater_StaysWhenItFirstBecameDirty()
    {
        var backing = new MemoryBacking();
        var file = new UnsyncedFile(0);
        file.Write(backing, 0, Filled(Page, 7), 1, now: 1);
        file.SetSize(10, now: 9);

        Assert.That(file.DirtySince, Is.EqualTo(1));
    }

    [Test]
    public void Sync_AfterWrites_SyncsTheDurableCopyAndForgetsTheLastWrite()
    {
        var backing = new MemoryBacking();
        var file = new UnsyncedFile(0);
        file.Write(backing, 10, Filled(5, 3), 1, now: 1);

        file.Sync(backing);

        Assert.That(backing.Syncs, Is.EqualTo(1));
        Assert.That(file.LastWrite, Is.Null);
        Assert.That(file.IsClean, Is.True);
        Assert.That(backing.Bytes, Is.EqualTo(new byte[10].Concat(Filled(5, 3))));
    }

    [Test]
    public void Write_PageFromThePool_ItsOldBytesNeverShow()
    {
        var pool = new PagePool(1);
        pool.Return(Filled(Page, 0xFF));
        var backing = new MemoryBacking();
        var file = new UnsyncedFile(0, pool);

        file.Write(backing, 0, "a"u8, 1, now: 1);
        file.SetSize(10, now: 2);

        var read = new byte[10];
        file.Read(backing, 0, read);
        Assert.That(read, Is.EqualTo("a"u8.ToArray().Concat(new byte[9])));
    }

    [Test]
    public void Settle_PageWrittenAfterItWasCopied_StaysUnsynced()
    {
        // Given a page a write-back copied, which the program rewrote before the copy reached the disk
        var backing = new MemoryBacking();
        var file = new UnsyncedFile(0);
        file.Write(backing, 0, Filled(10, 1), 1, now: 1);
        var plan = file.BeginFlush();
        var copies = file.CopyNext(plan, 256);
        file.Write(backing, 0, Filled(10, 2), 2, now: 2);

        // When the copy is written without the file's lock, and the flush settles
        plan.Truncate(backing);
        plan.Write(backing, copies);
        plan.Extend(backing);
        file.Settle(plan);

        // Then the program reads its last write, the disk holds the copy, and the rewrite is still unsynced
        var read = new byte[10];
        file.Read(backing, 0, read);
        Assert.That(read, Is.EqualTo(Filled(10, 2)));
        Assert.That(backing.Bytes, Is.EqualTo(Filled(10, 1)));
        Assert.That(file.DirtySince, Is.EqualTo(2), "dirty since the rewrite");
    }

    [Test]
    public void Settle_FileShrankDuringTheFlush_SettlesNothingAndTheNextSyncCuts()
    {
        var backing = new MemoryBacking();
        var file = new UnsyncedFile(0);
        file.Write(backing, 0, Filled(2 * Page, 1), 1, now: 1);
        var plan = file.BeginFlush();
        var copies = file.CopyNext(plan, 256);
        file.SetSize(10, now: 2);
        plan.Truncate(backing);
        plan.Write(backing, copies);
        plan.Extend(backing);

        file.Settle(plan);

        Assert.That(file.Size, Is.EqualTo(10));
        Assert.That(file.IsClean, Is.False);
        file.Sync(backing);
        Assert.That(backing.Bytes, Is.EqualTo(Filled(10, 1)));
    }

    [Test]
    public void Abandon_DiskRefusedTheWrite_EverythingStaysUnsynced()
    {
        var backing = new MemoryBacking();
        var file = new UnsyncedFile(0);
        file.Write(backing, 0, Filled(10, 1), 1, now: 1);
        var plan = file.BeginFlush();
        file.CopyNext(plan, 256);

        file.Abandon(plan);

        Assert.That(file.UnsyncedBytes, Is.EqualTo(10));
        Assert.That(file.HeldBytes, Is.EqualTo(Page));
        Assert.That(file.DirtySince, Is.EqualTo(1));
    }
}
