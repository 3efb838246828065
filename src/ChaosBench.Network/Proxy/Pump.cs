using System.Buffers;
using System.Net.Sockets;
using ChaosBench.Network.Proxy.Toxics;

namespace ChaosBench.Network.Proxy;

/// <summary>
/// Copies one direction of a connection. With no toxic on its direction it reads into one pooled buffer and writes
/// straight out: no allocation, no timer, no copy per chunk. With toxics it hands each chunk to a <see cref="Passage"/>
/// and reads the next only when the chunk has left, as Toxiproxy's unbuffered links do.
/// </summary>
internal sealed class Pump(ProxyConnection connection, Socket source, Socket destination, ToxicDirection direction, int seed)
{
    private Passage? _passage;

    public ProxyConnection Connection => connection;

    public async Task RunAsync(int bufferSize)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(bufferSize);
        try
        {
            while (true)
            {
                var read = await source.ReceiveAsync(buffer.AsMemory(), SocketFlags.None);
                if (read == 0)
                {
                    await EndAsync();
                    return;
                }

                var chunk = buffer.AsMemory(0, read);
                if (connection.Proxy.Toxics.For(direction).Length == 0)
                {
                    await SendAsync(chunk);
                }
                else
                {
                    await ForwardAsync(chunk);
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

    private async ValueTask ForwardAsync(ReadOnlyMemory<byte> chunk)
    {
        var passage = Passage();
        passage.Begin(passage.Now);
        while (!connection.IsClosed)
        {
            // The wake token first: a change publishes the new toxics before it cancels the old token.
            var wake = connection.Wake;
            passage.Restart(connection.Proxy.Toxics.For(direction), wake);
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
    private async ValueTask EndAsync()
    {
        var passage = Passage();
        passage.Begin(passage.Now);
        while (!connection.IsClosed && connection.Proxy.Toxics.For(direction).Length > 0)
        {
            var wake = connection.Wake;
            passage.Restart(connection.Proxy.Toxics.For(direction), wake);
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
