using System.Net.Sockets;
using ChaosBench.Network.Proxy.Toxics;

namespace ChaosBench.Network.Proxy;

/// <summary>
/// One accepted client and its upstream connection: a pump each way. Ends when both sides have closed their halves,
/// when either side fails (a reset from one side is passed on as a reset to the other), or when a toxic ends it.
/// </summary>
internal sealed class ProxyConnection
{
    private readonly Socket _client;
    private readonly Socket _server;
    private readonly Pump _up;
    private readonly Pump _down;
    private readonly Dictionary<Toxic, long> _reached = new(ReferenceEqualityComparer.Instance);
    private CancellationTokenSource _wake = new();
    private int _closed;

    public ProxyConnection(FaultProxy proxy, Socket client, Socket server, int upSeed, int downSeed)
    {
        Proxy = proxy;
        _client = client;
        _server = server;
        _up = new Pump(this, client, server, ToxicDirection.Up, upSeed);
        _down = new Pump(this, server, client, ToxicDirection.Down, downSeed);
    }

    public FaultProxy Proxy { get; }

    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    /// <summary>Cancelled at the next change of toxics, or when the connection closes.</summary>
    public CancellationToken Wake => Volatile.Read(ref _wake).Token;

    public async Task RunAsync(int bufferSize)
    {
        ToxicsChanged();
        await Task.WhenAll(_up.RunAsync(bufferSize), _down.RunAsync(bufferSize));
        Close(reset: false, null, "both sides closed");

        // Only now, with no operation pending: .NET closes a socket with pending operations abortively (RST).
        _client.Dispose();
        _server.Dispose();
    }

    /// <summary>Wakes every wait of this connection so that it looks at the toxics again; arms the closing ones.</summary>
    public void ToxicsChanged()
    {
        var next = new CancellationTokenSource();
        var previous = Interlocked.Exchange(ref _wake, next);
        previous.Cancel();
        if (IsClosed)
        {
            next.Cancel();
            return;
        }

        var closing = Proxy.Toxics.Closing;
        if (closing.Length > 0)
        {
            _ = CloseLaterAsync(closing, next.Token);
        }
    }

    /// <summary>Ends the connection: RST both ways when <paramref name="reset"/>, else FIN. The first call wins.</summary>
    public void Close(bool reset, Toxic? by, string why)
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
        {
            return;
        }

        // Reported before it happens, so that the event precedes anything the closed sockets make either side do.
        if (by is not null)
        {
            Proxy.Emit(reset ? ProxyEventKind.ConnectionReset : ProxyEventKind.ConnectionClosed, by, why);
        }

        foreach (var socket in new[] { _client, _server })
        {
            try
            {
                if (reset)
                {
                    // Linger on with a zero timeout: close() sends RST and drops what is unsent.
                    socket.LingerState = new LingerOption(true, 0);
                    socket.Dispose();
                }
                else
                {
                    // FIN both ways; the pumps' reads end with it, and RunAsync disposes the sockets after them.
                    socket.Shutdown(SocketShutdown.Both);
                }
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                // Already gone: nothing left to close.
            }
        }

        Volatile.Read(ref _wake).Cancel();
    }

    /// <summary>A pump failed: a reset by one side becomes a reset of the other; anything else a plain close.</summary>
    public void Broken(Exception e) =>
        Close(e is SocketException { SocketErrorCode: SocketError.ConnectionReset }, null, e.Message);

    /// <summary>One side closed its half: pass that on. The connection is over when both pumps are.</summary>
    public static void HalfClose(Socket destination)
    {
        try
        {
            destination.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // The destination is already gone; the other pump finds out on its own.
        }
    }

    /// <summary>Closes the connection when the first closing toxic's time, counted from when it reached it, is up.</summary>
    private async Task CloseLaterAsync(Toxic[] closing, CancellationToken wake)
    {
        var time = Proxy.Time;
        Toxic? first = null;
        var due = long.MaxValue;
        lock (_reached)
        {
            foreach (var toxic in closing)
            {
                if (!_reached.TryGetValue(toxic, out var reached))
                {
                    _reached[toxic] = reached = time.GetTimestamp();
                }

                var at = reached + (long)(toxic.ClosesAfter!.Value.TotalSeconds * time.TimestampFrequency);
                if (at < due)
                {
                    (first, due) = (toxic, at);
                }
            }
        }

        try
        {
            var remaining = time.GetElapsedTime(time.GetTimestamp(), due);
            if (remaining > TimeSpan.Zero)
            {
                await Task.Delay(remaining, time, wake);
            }

            Close(reset: false, first, $"closed by {first!.Key} after {first.ClosesAfter!.Value.TotalMilliseconds:0} ms");
        }
        catch (OperationCanceledException)
        {
            // The toxics changed: the next call looks again.
        }
    }
}
