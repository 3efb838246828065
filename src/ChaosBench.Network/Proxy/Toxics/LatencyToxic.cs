namespace ChaosBench.Network.Proxy.Toxics;

/// <summary>
/// Holds each chunk until <paramref name="Latency"/> ± <see cref="Jitter"/> after it was read (Toxiproxy's
/// <c>latency</c>). The next chunk is read once this one has left, as in Toxiproxy, so on a bulk stream the delay
/// also bounds throughput to one read buffer per delay; a request and its answer each pay it once per direction.
/// </summary>
/// <param name="Latency">Added delay; at least 0.</param>
public sealed record LatencyToxic(TimeSpan Latency) : Toxic
{
    /// <summary>Each chunk's delay is drawn uniformly from Latency ± Jitter. Default: 0; at most the latency.</summary>
    public TimeSpan Jitter { get; init; }

    public override string Kind => "latency";

    protected override string Parameters => Jitter > TimeSpan.Zero ? $"{Format(Latency)} ±{Format(Jitter)}" : Format(Latency);

    internal override IEnumerable<string> Problems()
    {
        if (Latency < TimeSpan.Zero)
        {
            yield return $"latency {Format(Latency)} is negative; fix: 0 or more";
        }

        if (Jitter < TimeSpan.Zero || Jitter > Latency)
        {
            yield return $"jitter {Format(Jitter)} is not between 0 and the latency; fix: a chunk cannot leave before it came";
        }
    }

    internal override async ValueTask PassAsync(Passage passage, ReadOnlyMemory<byte> data, int next)
    {
        var delay = Jitter > TimeSpan.Zero
            ? Latency + TimeSpan.FromTicks((long)(((passage.Random.NextDouble() * 2) - 1) * Jitter.Ticks))
            : Latency;
        await passage.UntilAsync(passage.After(passage.ReadAt, delay));
        await passage.NextAsync(data, next);
    }
}
