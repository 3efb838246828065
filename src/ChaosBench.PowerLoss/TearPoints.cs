namespace ChaosBench.PowerLoss;

/// <summary>
/// Where a write of <c>length</c> bytes at <c>offset</c> can be torn at a granularity: at each boundary strictly
/// inside it, so at least one granule survives and at least one is lost. A write inside one granule cannot be
/// torn: a disk writes it whole or not at all.
/// </summary>
internal static class TearPoints
{
    public static int Count(long offset, int length, TearGranularity granularity)
    {
        var size = (long)granularity;
        return length < 1 ? 0 : (int)(((offset + length - 1) / size) - (offset / size));
    }

    /// <summary>The bytes kept when the write is torn at its <paramref name="index"/>-th point (from 0).</summary>
    public static int Kept(long offset, TearGranularity granularity, int index)
    {
        var size = (long)granularity;
        var first = ((offset / size) + 1) * size;
        return (int)(first + (index * size) - offset);
    }
}
