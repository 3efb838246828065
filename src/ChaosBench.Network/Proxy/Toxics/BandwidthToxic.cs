namespace ChaosBench.Network.Proxy.Toxics;

/// <summary>
/// Passes at most <paramref name="BytesPerSecond"/> per connection and direction (Toxiproxy's <c>bandwidth</c>, in
/// bytes rather than KB). A chunk leaves when the time its bytes take at that rate is over, in pieces of a tenth of a
/// second's worth, so a slow link trickles as a real one does; an idle link saves up no credit.
/// </summary>
/// <param name="BytesPerSecond">The rate; at least 1.</param>
public sealed record BandwidthToxic(long BytesPerSecond) : Toxic
{
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

            // The link is busy until the previous piece's time was up; this piece's time starts then, or now if idle.
            var due = passage.After(Math.Max(passage.Now, passage.StateOf(this)), TimeSpan.FromSeconds((double)part.Length / BytesPerSecond));
            await passage.UntilAsync(due);
            await passage.NextAsync(part, next);
            passage.SetState(this, due);
            data = data[part.Length..];
        }
    }
}
