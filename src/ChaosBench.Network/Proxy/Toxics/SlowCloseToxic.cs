namespace ChaosBench.Network.Proxy.Toxics;

/// <summary>Passes data at once but holds a side's close (its FIN) for <paramref name="Delay"/> (Toxiproxy's <c>slow_close</c>).</summary>
/// <param name="Delay">How long the close waits; at least 0.</param>
public sealed record SlowCloseToxic(TimeSpan Delay) : Toxic
{
    public override string Kind => "slow-close";

    protected override string Parameters => Format(Delay);

    internal override IEnumerable<string> Problems()
    {
        if (Delay < TimeSpan.Zero)
        {
            yield return $"delay {Format(Delay)} is negative; fix: 0 or more";
        }
    }

    internal override ValueTask PassAsync(Passage passage, ReadOnlyMemory<byte> data, int next) => passage.NextAsync(data, next);

    internal override async ValueTask EndAsync(Passage passage) => await passage.UntilAsync(passage.After(passage.ReadAt, Delay));
}
