namespace ChaosBench.Network.Proxy.Toxics;

/// <summary>
/// Passes at most <paramref name="BytesPerSecond"/> per connection and direction (Toxiproxy's <c>bandwidth</c>, in
/// bytes rather than KB). A chunk leaves when the time its bytes take at that rate is over, in pieces of a tenth of a
/// second's worth, so a slow link trickles as a real one does; an idle link saves up at most a tenth of a second.
/// </summary>
/// <param name="BytesPerSecond">The rate; at least 1.</param>
public sealed record BandwidthToxic(long BytesPerSecond) : Toxic
{
    /// <summary>The most a piece carries, in time: a tenth of a second, as Toxiproxy splits slow links.</summary>
    private static readonly TimeSpan Piece = TimeSpan.FromMilliseconds(100);

    public override string Kind => "bandwidth";

    protected override string Parameters => $"{BytesPerSecond} B/s";

    internal override IEnumerable<string> Problems()
    {
        if (BytesPerSecond < 1)
        {
            yield return $"rate {BytesPerSecond} B/s is below 1; fix: bytes per second, e.g. 65536";
        }
    }

    internal override async ValueTask PassAsync(Passage passage, ReadOnlyMemory<byte> data, int next)
    {
        var piece = (int)Math.Clamp(BytesPerSecond / 10, 1, int.MaxValue);
        while (!data.IsEmpty)
        {
            var part = data[..Math.Min(data.Length, piece)];

            // This piece's time starts when the previous one's was up, even if the wake-up came late (on a busy machine
            // lateness would otherwise add up piece after piece); after an idle spell of more than a piece's time, now.
            var previous = passage.StateOf(this);
            var now = passage.Now;
            var start = previous > 0 && passage.After(previous, Piece) >= now ? previous : now;
            var due = passage.After(start, TimeSpan.FromSeconds((double)part.Length / BytesPerSecond));
            await passage.UntilAsync(due);
            await passage.NextAsync(part, next);
            passage.SetState(this, due);
            data = data[part.Length..];
        }
    }
}
