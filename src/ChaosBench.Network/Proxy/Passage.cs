using ChaosBench.Network.Proxy.Toxics;

namespace ChaosBench.Network.Proxy;

/// <summary>
/// One chunk's way through the toxics of one direction of one connection. Reused for every chunk of its pump, so the
/// toxics' per-connection state (bytes counted, pacing) and random draws live here, not in the shared toxic records.
/// </summary>
internal sealed class Passage(Pump pump, TimeProvider time, int seed)
{
    private Dictionary<Toxic, long>? _state;
    private Random? _random;
    private Toxic[] _toxics = [];

    public TimeProvider Time => time;

    /// <summary>When the chunk (or the end of the stream) was read: latency and slow-close count from here.</summary>
    public long ReadAt { get; private set; }

    /// <summary>Cancelled when the link's toxics change or the connection closes: every wait ends on it.</summary>
    public CancellationToken Wake { get; private set; }

    /// <summary>Bytes of the current chunk already written: a passage that starts again skips them.</summary>
    public int Written { get; private set; }

    /// <summary>This direction's own draws, seeded from the proxy's seed in connection order.</summary>
    public Random Random => _random ??= new Random(seed);

    public bool IsClosed => pump.Connection.IsClosed;

    public void Begin(long readAt)
    {
        ReadAt = readAt;
        Written = 0;
    }

    public void Restart(Toxic[] toxics, CancellationToken wake)
    {
        _toxics = toxics;
        Wake = wake;
        if (_state is { Count: > 0 } state)
        {
            // Counts of toxics since removed would otherwise live as long as the connection.
            foreach (var gone in state.Keys.Where(k => Array.IndexOf(toxics, k) < 0).ToList())
            {
                state.Remove(gone);
            }
        }
    }

    /// <summary>Hands <paramref name="data"/> to toxic number <paramref name="next"/>, or writes it when none is left.</summary>
    public ValueTask NextAsync(ReadOnlyMemory<byte> data, int next) =>
        next < _toxics.Length ? _toxics[next].PassAsync(this, data, next + 1) : WriteAsync(data);

    /// <summary>Lets each toxic hold the end of the stream in turn (slow-close, timeout).</summary>
    public async ValueTask EndAsync()
    {
        foreach (var toxic in _toxics)
        {
            await toxic.EndAsync(this);
        }
    }

    public long Now => time.GetTimestamp();

    public long After(long timestamp, TimeSpan duration) => timestamp + (long)(duration.TotalSeconds * time.TimestampFrequency);

    /// <summary>Waits until <paramref name="timestamp"/>; at once when it has passed.</summary>
    public Task UntilAsync(long timestamp)
    {
        var remaining = time.GetElapsedTime(time.GetTimestamp(), timestamp);
        return remaining > TimeSpan.Zero ? Task.Delay(remaining, time, Wake) : Task.CompletedTask;
    }

    /// <summary>Waits until the toxics change or the connection closes: nothing passes meanwhile.</summary>
    public Task HoldAsync() => Task.Delay(Timeout.InfiniteTimeSpan, time, Wake);

    /// <summary>A toxic's per-connection, per-direction counter (zero at first).</summary>
    public long StateOf(Toxic toxic) => _state?.GetValueOrDefault(toxic) ?? 0;

    public void SetState(Toxic toxic, long value) => (_state ??= new Dictionary<Toxic, long>(ReferenceEqualityComparer.Instance))[toxic] = value;

    /// <summary>Ends the connection for <paramref name="toxic"/>: with RST both ways when <paramref name="reset"/>, else with FIN.</summary>
    public void Close(Toxic toxic, bool reset, string why) => pump.Connection.Close(reset, toxic, why);

    private async ValueTask WriteAsync(ReadOnlyMemory<byte> data)
    {
        await pump.SendAsync(data);
        Written += data.Length;
    }
}
