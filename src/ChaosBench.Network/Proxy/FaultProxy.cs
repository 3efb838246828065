using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using ChaosBench.Network.Proxy.Toxics;

namespace ChaosBench.Network.Proxy;

/// <summary>
/// A TCP proxy for one link (client → member, or member → member) whose toxics can be added and removed while
/// connections are open, as Toxiproxy's are. Each accepted connection is forwarded to
/// <see cref="FaultProxyOptions.Upstream"/>; with no toxic it costs two socket copies and nothing else.
/// Disposing stops listening and closes every connection.
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    private readonly FaultProxyOptions _options;
    private readonly Socket _listener;
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<ProxyConnection, Task> _connections = new();
    private readonly Task _accepting;
    private ToxicSet _toxics = ToxicSet.Empty;
    private bool _disposed;

    private FaultProxy(FaultProxyOptions options)
    {
        _options = options;
        _listener = new Socket(options.Listen.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            _listener.Bind(options.Listen);
            _listener.Listen(512);
        }
        catch
        {
            _listener.Dispose();
            throw;
        }

        Listening = (IPEndPoint)_listener.LocalEndPoint!;
        _accepting = AcceptAsync();
    }

    public string Name => _options.Name;

    /// <summary>The address and port it listens on (the port the kernel picked when asked for 0).</summary>
    public IPEndPoint Listening { get; }

    public EndPoint Upstream => _options.Upstream;

    /// <summary>The toxics acting now, in the order they were added.</summary>
    public IReadOnlyList<Toxic> ActiveToxics => Toxics.All;

    /// <summary>Connections open now.</summary>
    public int Connections => _connections.Count;

    internal ToxicSet Toxics => Volatile.Read(ref _toxics);

    internal TimeProvider Time => _options.Time;

    /// <summary>Listens at once; throws <see cref="SocketException"/> when the address cannot be bound.</summary>
    public static FaultProxy Start(FaultProxyOptions options) => new(options);

    /// <summary>
    /// Adds <paramref name="toxic"/> after those already acting: open connections feel it from their next chunk.
    /// Throws <see cref="InvalidToxicException"/> with every problem when its options are invalid or its name is taken.
    /// </summary>
    public Toxic Add(Toxic toxic)
    {
        lock (_gate)
        {
            var problems = toxic.Problems().ToList();
            if (_toxics.All.Any(t => t.Key == toxic.Key))
            {
                problems.Add($"a toxic named {toxic.Key} is already acting; fix: give this one another name");
            }

            if (problems.Count > 0)
            {
                throw new InvalidToxicException(Name, toxic.Key, problems);
            }

            Publish(new ToxicSet([.. _toxics.All, toxic]));
        }

        Emit(ProxyEventKind.ToxicAdded, toxic, toxic.ToString());
        return toxic;
    }

    /// <summary>Removes the toxic named <paramref name="name"/>; what it held goes on. False when there is none.</summary>
    public bool Remove(string name)
    {
        Toxic? removed;
        lock (_gate)
        {
            removed = _toxics.All.FirstOrDefault(t => t.Key == name);
            if (removed is null)
            {
                return false;
            }

            Publish(new ToxicSet([.. _toxics.All.Where(t => !ReferenceEquals(t, removed))]));
        }

        Emit(ProxyEventKind.ToxicRemoved, removed, removed.ToString());
        return true;
    }

    /// <summary>Removes every toxic, the heal of a link.</summary>
    public void RemoveAll()
    {
        foreach (var toxic in ActiveToxics.ToList())
        {
            Remove(toxic.Key);
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            _disposed = true;
        }

        _listener.Dispose();
        await _accepting;
        foreach (var connection in _connections.Keys)
        {
            connection.Close(reset: false, null, "proxy stopped");
        }

        await Task.WhenAll(_connections.Values);
    }

    internal void Emit(ProxyEventKind kind, Toxic? toxic, string detail) =>
        _options.Events?.Invoke(new ProxyEvent(_options.Time.GetUtcNow(), Name, kind, toxic?.Key, detail));

    /// <summary>The new set first, then the wake-up: a woken pump must find the new toxics.</summary>
    private void Publish(ToxicSet toxics)
    {
        Volatile.Write(ref _toxics, toxics);
        foreach (var connection in _connections.Keys)
        {
            connection.ToxicsChanged();
        }
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return;
            }

            // Drawn here, in the order connections arrive, so the same seed gives each connection the same draws.
            _ = ServeAsync(client, _options.Random.Next(), _options.Random.Next());
        }
    }

    private async Task ServeAsync(Socket client, int upSeed, int downSeed)
    {
        client.NoDelay = true;
        var server = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await server.ConnectAsync(_options.Upstream);
        }
        catch (SocketException)
        {
            // The upstream refused or is unreachable: the client sees a reset, as it would from the member itself.
            client.LingerState = new LingerOption(true, 0);
            client.Dispose();
            server.Dispose();
            return;
        }

        var connection = new ProxyConnection(this, client, server, upSeed, downSeed);

        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _connections[connection] = done.Task;
        bool disposed;
        lock (_gate)
        {
            disposed = _disposed;
        }

        if (disposed)
        {
            connection.Close(reset: false, null, "proxy stopped");
        }

        try
        {
            await connection.RunAsync(_options.BufferSize);
        }
        finally
        {
            _connections.TryRemove(connection, out _);
            done.SetResult();
        }
    }
}
