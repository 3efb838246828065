using ChaosBench.PowerLoss;
using FsCheck;
using FsCheck.Fluent;
using static ChaosBench.Tests.PowerLoss.ByteModel;

namespace ChaosBench.Tests.PowerLoss;

/// <summary>
/// A torn write at a granularity, against what a disk that honours fsync may hold when the power goes in the
/// middle of a write: the durable copy D of the last flush, plus a prefix of the last write that ends on a
/// boundary of the granularity (a disk writes a sector whole or not at all, in order), at least one granule
/// kept and one lost; a write inside one granule is lost whole. Earlier unsynced writes are lost.
/// </summary>
public sealed class TornWriteTests
{
    [Test]
    public void Tear_AnyWriteAndGranularity_LeavesTheLastFlushPlusABoundaryAlignedPrefix()
    {
        var scenario = from durable in Gen.Choose(0, 9000)
                       from offset in Gen.Choose(0, 9000)
                       from length in Gen.Choose(1, 9000)
                       from granularity in Gen.Elements(TearGranularity.Byte, TearGranularity.Sector, TearGranularity.Page)
                       from pick in Gen.Choose(0, int.MaxValue)
                       select (Durable: durable, Offset: offset, Length: length, Granularity: granularity, Pick: pick);

        Prop.ForAll(scenario.ToArbitrary(), s =>
        {
            // Given a synced file of 1s, an unsynced write of 2s, and the last write, of 3s
            var backing = new MemoryBacking();
            var file = new UnsyncedFile(0);
            file.Write(backing, 0, Filled(s.Durable, 1), 1, 1);
            file.Sync(backing);
            var d = backing.Bytes.ToArray();
            file.Write(backing, 0, Filled(100, 2), 2, 2);
            file.Write(backing, s.Offset, Filled(s.Length, 3), 3, 3);

            // When the power goes in the middle of the last write
            var torn = file.Tear(backing, points => s.Pick % points, s.Granularity)!.Value;

            // Then the disk holds D and some prefix of the last write, and that prefix ends where a disk tears
            var size = (int)s.Granularity;
            var inside = (s.Offset + s.Length - 1) / size > s.Offset / size;
            var valid = Enumerable.Range(0, s.Length + 1)
                .Where(k => inside ? k > 0 && k < s.Length && (s.Offset + k) % size == 0 : k == 0);
            return torn.Kept is var kept
                && valid.Contains(kept)
                && torn.Offset == s.Offset && torn.Length == s.Length
                && backing.Bytes.SequenceEqual(Overwritten(d, s.Offset, Filled(kept, 3)));
        }).QuickCheckThrowOnFailure();
    }

    [TestCase(0, 1000, TearGranularity.Sector, 1)]
    [TestCase(100, 1000, TearGranularity.Sector, 2)]
    [TestCase(100, 400, TearGranularity.Sector, 0)]
    [TestCase(0, 8192, TearGranularity.Page, 1)]
    [TestCase(10, 5, TearGranularity.Byte, 4)]
    public void Count_Write_BoundariesStrictlyInside(int offset, int length, TearGranularity granularity, int expected) =>
        Assert.That(TearPoints.Count(offset, length, granularity), Is.EqualTo(expected));

    [Test]
    public void Kept_SecondSectorBoundary_EndsThere() =>
        Assert.That(TearPoints.Kept(100, TearGranularity.Sector, 1), Is.EqualTo(1024 - 100));

    [Test]
    public void Tear_NoWrite_Null() =>
        Assert.That(new UnsyncedFile(0).Tear(new MemoryBacking(), _ => 0, TearGranularity.Sector), Is.Null);

    private static byte[] Overwritten(byte[] d, int offset, byte[] data)
    {
        if (data.Length == 0)
        {
            return d;
        }

        var result = new byte[Math.Max(d.Length, offset + data.Length)];
        d.CopyTo(result, 0);
        data.CopyTo(result, offset);
        return result;
    }
}
