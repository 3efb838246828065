using ChaosBench.PowerLoss;
using FsCheck;
using FsCheck.Fluent;
using static ChaosBench.Tests.PowerLoss.ByteModel;

namespace ChaosBench.Tests.PowerLoss;

/// <summary>
/// <c>reorder</c>'s cut on the page overlay, against the definition of what a disk that honours fsync may hold
/// after a power cut: every byte an fsync or a completed write-back made durable stays (call that durable copy
/// D), and each write or truncation issued since is on the disk whole or not at all, those that are there
/// applied in the order they were issued. So a reachable state is D with some subsequence of the changes since
/// the last flush applied in order; the cut must leave exactly the one its choices pick.
/// </summary>
public sealed class ReorderTests
{
    private const int Page = UnsyncedFile.PageSize;

    [Test]
    public void CrashKeeping_AnyChangesAndChoices_LeavesTheLastFlushPlusTheChosenSubsequenceInOrder()
    {
        var change = Gen.OneOf(
            from offset in Gen.Choose(0, 3 * Page)
            from length in Gen.Choose(1, Page + 100)
            from value in Gen.Choose(1, 255)
            select (Kind: "write", A: offset, B: length, C: value),
            from size in Gen.Choose(0, 4 * Page) select (Kind: "truncate", A: size, B: 0, C: 0),
            Gen.Constant((Kind: "sync", A: 0, B: 0, C: 0)),
            Gen.Constant((Kind: "write-back", A: 0, B: 0, C: 0)));
        var scenario = from changes in change.ArrayOf()
                       from keep in Gen.Elements(true, false).ArrayOf(64)
                       select (Changes: changes, Keep: keep);

        Prop.ForAll(scenario.ToArbitrary(), s =>
        {
            // Given a logged file and the model: D, and the changes since the last flush
            var backing = new MemoryBacking();
            var file = new UnsyncedFile(0);
            file.StartLog();
            var durable = new List<byte>();
            var since = new List<(int Kind, int A, int B, int C)>();
            var visible = new List<byte>();
            var now = 0L;
            foreach (var (kind, a, b, c) in s.Changes)
            {
                now++;
                switch (kind)
                {
                    case "write":
                        file.Write(backing, a, Enumerable.Repeat((byte)c, b).ToArray(), now, now);
                        Apply(visible, (0, a, b, c));
                        since.Add((0, a, b, c));
                        break;
                    case "truncate":
                        file.SetSize(a, now);
                        Apply(visible, (1, a, 0, 0));
                        since.Add((1, a, 0, 0));
                        break;
                    case "sync":
                        file.Sync(backing);
                        (durable, since) = ([.. visible], []);
                        break;
                    default:
                        file.WriteThrough(backing);
                        (durable, since) = ([.. visible], []);
                        break;
                }
            }

            // When the power is cut and the choices keep some of the logged changes
            var keep = (int i) => s.Keep[i % s.Keep.Length];
            var (kept, logged) = file.CrashKeeping(backing, keep);

            // Then the disk holds D with exactly the kept changes applied in order
            var expected = new List<byte>(durable);
            foreach (var (changeAt, i) in since.Select((c, i) => (c, i)).Where(p => keep(p.i)))
            {
                Apply(expected, changeAt);
            }

            return logged == since.Count
                && kept == Enumerable.Range(0, since.Count).Count(keep)
                && backing.Bytes.SequenceEqual(expected);
        }).QuickCheckThrowOnFailure();
    }

    [Test]
    public void CrashKeeping_LogStartedAfterUnsyncedWrites_ThoseAreLostAndTheLoggedOnesChosen()
    {
        // Given a synced file, an unsynced write, and then a reorder fault arming the log, and two writes
        var backing = new MemoryBacking();
        var file = new UnsyncedFile(0);
        file.Write(backing, 0, "base"u8, 1, 1);
        file.Sync(backing);
        file.Write(backing, 4, "AA"u8, 2, 2);
        file.StartLog();
        file.Write(backing, 6, "BB"u8, 3, 3);
        file.Write(backing, 8, "CC"u8, 4, 4);

        // When the cut keeps only the last logged write
        var result = file.CrashKeeping(backing, i => i == 1);

        // Then the write before the log is lost, the first logged one too, and the last survives whole
        Assert.That(result, Is.EqualTo((1, 2)));
        Assert.That(backing.Bytes, Is.EqualTo("base\0\0\0\0CC"u8.ToArray()));
        Assert.That(backing.Syncs, Is.EqualTo(2), "the cut's survivors are on the disk");
    }

    [Test]
    public void HeldBytes_Logging_CountsTheLogUntilAFlush()
    {
        var backing = new MemoryBacking();
        var file = new UnsyncedFile(0);
        file.StartLog();
        file.Write(backing, 0, new byte[100], 1, 1);

        Assert.That(file.HeldBytes, Is.EqualTo(Page + 100), "one page and the logged write");

        file.Sync(backing);

        Assert.That(file.HeldBytes, Is.Zero);
        Assert.That(file.Log!.Count, Is.Zero);
    }

    /// <summary>Kind 0 writes B bytes of value C at A; kind 1 truncates (or extends with zeros) to A.</summary>
    private static void Apply(List<byte> bytes, (int Kind, int A, int B, int C) change)
    {
        var (kind, a, b, c) = change;
        if (kind == 1)
        {
            Resize(bytes, a);
            return;
        }

        Resize(bytes, Math.Max(bytes.Count, a + b));
        for (var i = 0; i < b; i++)
        {
            bytes[a + i] = (byte)c;
        }
    }
}
