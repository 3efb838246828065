using System.Net;
using System.Net.Sockets;

namespace ChaosBench.Tests;

/// <summary>
/// An HTTP server inside the test process on 127.0.0.1, answering each request with the handler it is given:
/// stands in for an engine's API or an external deployment, so nothing leaves the machine.
/// </summary>
internal sealed class LoopbackHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpListenerContext, Task> _handle;
    private readonly Task _serving;

    public LoopbackHttpServer(Func<HttpListenerContext, Task> handle)
    {
        _handle = handle;
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary><c>http://127.0.0.1:PORT</c>, without a trailing slash.</summary>
    public string Url => $"http://127.0.0.1:{Port}";

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            // Each request on its own: clients write concurrently.
            _ = Task.Run(async () =>
            {
                try
                {
                    await _handle(context);
                }
                catch (Exception e)
                {
                    context.Response.StatusCode = 500;
                    await TestContext.Progress.WriteLineAsync($"loopback server: {e.Message}");
                }
                finally
                {
                    context.Response.Close();
                }
            });
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
