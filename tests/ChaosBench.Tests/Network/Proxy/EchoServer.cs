using System.Net;
using System.Net.Sockets;

namespace ChaosBench.Tests.Network.Proxy;

/// <summary>A loopback TCP server that sends back what it reads, closes its half when the client closes its own, and remembers how each connection ended.</summary>
internal sealed class EchoServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task _serving;

    public EchoServer()
    {
        _listener.Start();
        _serving = ServeAsync();
    }

    public IPEndPoint EndPoint => (IPEndPoint)_listener.LocalEndpoint;

    /// <summary>How each connection ended on the server's side: "eof" or the socket error.</summary>
    public List<string> Endings { get; } = [];

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _serving;
    }

    private async Task ServeAsync()
    {
        while (true)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                // Stopped: while waiting (a socket error) or between two accepts ("not listening").
                return;
            }

            _ = EchoAsync(socket);
        }
    }

    private async Task EchoAsync(Socket socket)
    {
        using var _ = socket;
        var buffer = new byte[64 * 1024];
        string ending;
        try
        {
            while (true)
            {
                var read = await socket.ReceiveAsync(buffer, SocketFlags.None);
                if (read == 0)
                {
                    socket.Shutdown(SocketShutdown.Send);
                    ending = "eof";
                    break;
                }

                await socket.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
            }
        }
        catch (SocketException e)
        {
            ending = e.SocketErrorCode.ToString();
        }

        lock (Endings)
        {
            Endings.Add(ending);
        }
    }
}
