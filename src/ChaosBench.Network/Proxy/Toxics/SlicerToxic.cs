namespace ChaosBench.Network.Proxy.Toxics;

/// <summary>
/// Splits each chunk into writes of <paramref name="AverageSize"/> ± <see cref="SizeVariation"/> bytes with
/// <see cref="Delay"/> between them (Toxiproxy's <c>slicer</c>): a reader that assumes one read holds one message
/// gets fragments, as it would over a real network.
/// </summary>
/// <param name="AverageSize">The mean size of a slice in bytes; at least 1.</param>
public sealed record SlicerToxic(int AverageSize) : Toxic
{
    /// <summary>Each slice's size is drawn uniformly from AverageSize ± SizeVariation. Default: 0; below the average size.</summary>
    public int SizeVariation { get; init; }

    /// <summary>The pause before each slice after a chunk's first. Default: 0.</summary>
    public TimeSpan Delay { get; init; }

    public override string Kind => "slicer";

    protected override string Parameters =>
        $"{AverageSize}{(SizeVariation > 0 ? $" ±{SizeVariation}" : string.Empty)} B{(Delay > TimeSpan.Zero ? $" every {Format(Delay)}" : string.Empty)}";

    internal override IEnumerable<string> Problems()
    {
        if (AverageSize < 1)
        {
            yield return $"average size {AverageSize} is below 1 byte";
        }

        if (SizeVariation < 0 || (AverageSize >= 1 && SizeVariation >= AverageSize))
        {
            yield return $"size variation {SizeVariation} is not between 0 and the average size; fix: a slice has at least 1 byte";
        }

        if (Delay < TimeSpan.Zero)
        {
            yield return $"delay {Format(Delay)} is negative; fix: 0 or more";
        }
    }

    internal override async ValueTask PassAsync(Passage passage, ReadOnlyMemory<byte> data, int next)
    {
        var first = true;
        while (!data.IsEmpty)
        {
            if (!first && Delay > TimeSpan.Zero)
            {
                await passage.UntilAsync(passage.After(passage.Now, Delay));
            }

            var size = SliceSize(passage.Random, data.Length);
            await passage.NextAsync(data[..size], next);
            data = data[size..];
            first = false;
        }
    }

    /// <summary>The next slice's size: drawn around the average, never empty, never more than is left.</summary>
    internal int SliceSize(Random random, int left)
    {
        var size = SizeVariation > 0 ? AverageSize + random.Next(-SizeVariation, SizeVariation + 1) : AverageSize;
        return Math.Clamp(size, 1, left);
    }
}
