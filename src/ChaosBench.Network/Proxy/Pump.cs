using System.Buffers;
using System.Net.Sockets;
using ChaosBench.Network.Proxy.Toxics;

namespace ChaosBench.Network.Proxy;

/// <summary>
/// Copies one direction of a connection, on a thread of its own. With no toxic on its direction it reads into one
/// pooled buffer and writes straight out with blocking calls: no allocation, no timer, no copy, one wake-up per chunk.
/// With toxics it hands each chunk to a <see cref="Passage"/>, which may wait asynchronously (the socket turns
/// non-blocking then, and stays so), and reads the next only when the chunk has left, as Toxiproxy's unbuffered links do.
/// </summary>
internal sealed class Pump(ProxyConnection connection, Socket source, Socket destination, ToxicDirection direction, int seed)
{
    private Passage? _passage;

    public ProxyConnection Connection => connection;

    public void Run(int bufferSize)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(bufferSize);
        try
        {
            while (true)
            {
                var read = source.Receive(buffer, SocketFlags.None);
                if (read == 0)
                {
                    EndAsync().GetAwaiter().GetResult();
                    return;
                }

                if (connection.ToxicsFor(direction).Length == 0)
                {
                    Send(buffer.AsSpan(0, read));
                }
                else
                {
                    // This thread has nothing else to do meanwhile: the toxics' waits are timers, not it.
                    ForwardAsync(buffer.AsMemory(0, read)).GetAwaiter().GetResult();
                }

                if (connection.IsClosed)
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            connection.Broken(e);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async ValueTask SendAsync(ReadOnlyMemory<byte> data)
    {
        while (!data.IsEmpty)
        {
            data = data[await destination.SendAsync(data, SocketFlags.None)..];
        }
    }

    private void Send(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            data = data[destination.Send(data, SocketFlags.None)..];
        }
    }

    private async Task ForwardAsync(ReadOnlyMemory<byte> chunk)
    {
        var passage = Passage();
        passage.Begin(passage.Now);
        while (!connection.IsClosed)
        {
            // The wake token first: a change publishes the new toxics before it cancels the old token.
            var wake = connection.Wake;
            passage.Restart(connection.ToxicsFor(direction), wake);
            try
            {
                await passage.NextAsync(chunk[passage.Written..], 0);
                return;
            }
            catch (OperationCanceledException) when (wake.IsCancellationRequested)
            {
                // The toxics changed (or the connection closed) mid-chunk: again, with the bytes not yet written.
            }
        }
    }

    /// <summary>The source closed its half: pass the close on once the toxics let it (slow-close), then half-close the destination.</summary>
    private async Task EndAsync()
    {
        var passage = Passage();
        passage.Begin(passage.Now);
        while (!connection.IsClosed && connection.ToxicsFor(direction).Length > 0)
        {
            var wake = connection.Wake;
            passage.Restart(connection.ToxicsFor(direction), wake);
            try
            {
                await passage.EndAsync();
                break;
            }
            catch (OperationCanceledException) when (wake.IsCancellationRequested)
            {
                // Changed while holding the close: look again.
            }
        }

        ProxyConnection.HalfClose(destination);
    }

    private Passage Passage() => _passage ??= new Passage(this, connection.Proxy.Time, seed);
}
