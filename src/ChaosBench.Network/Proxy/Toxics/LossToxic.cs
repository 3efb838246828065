namespace ChaosBench.Network.Proxy.Toxics;

/// <summary>
/// Loses a share <paramref name="Rate"/> of the chunks passing its direction. A TCP proxy sees a byte stream, not
/// packets, and the kernels on either side retransmit what the wire loses, so this is the stream-level approximation
/// of packet loss: a lost chunk either stalls for <see cref="Stall"/> (the retransmission a real loss costs; default
/// 200 ms, Linux's minimum retransmission timeout) or, in <see cref="LossMode.Close"/>, ends the connection with a
/// reset. It never drops bytes from a stream that goes on (Toxiproxy's <c>packet_loss</c> does, which corrupts it).
/// Which chunks are lost follows the proxy's seed; where chunk boundaries fall follows the traffic.
/// </summary>
/// <param name="Rate">The share of chunks lost, from 0 to 1.</param>
public sealed record LossToxic(double Rate) : Toxic
{
    /// <summary>What a lost chunk does. Default: <see cref="LossMode.Stall"/>.</summary>
    public LossMode Mode { get; init; } = LossMode.Stall;

    /// <summary>How long a lost chunk waits in <see cref="LossMode.Stall"/>. Default: 200 ms.</summary>
    public TimeSpan Stall { get; init; } = TimeSpan.FromMilliseconds(200);

    public override string Kind => "loss";

    protected override string Parameters => Mode == LossMode.Stall ? $"{Rate:0.###} stall {Format(Stall)}" : $"{Rate:0.###} close";

    internal override IEnumerable<string> Problems()
    {
        if (double.IsNaN(Rate) || Rate < 0 || Rate > 1)
        {
            yield return $"rate {Rate} is not between 0 and 1; fix: a share, e.g. 0.05";
        }

        if (Stall < TimeSpan.Zero)
        {
            yield return $"stall {Format(Stall)} is negative; fix: 0 or more";
        }
    }

    internal override async ValueTask PassAsync(Passage passage, ReadOnlyMemory<byte> data, int next)
    {
        if (passage.Random.NextDouble() < Rate)
        {
            if (Mode == LossMode.Close)
            {
                passage.Close(this, reset: true, $"chunk lost by {Key}: connection reset");
                return;
            }

            await passage.UntilAsync(passage.After(passage.ReadAt, Stall));
        }

        await passage.NextAsync(data, next);
    }
}
