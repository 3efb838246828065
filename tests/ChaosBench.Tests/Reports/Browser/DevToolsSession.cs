using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace ChaosBench.Tests.Reports.Browser;

/// <summary>
/// One Chrome DevTools Protocol connection to a page: commands answered by id, events delivered in order.
/// Only what the page tests need; the protocol is documented at chromedevtools.github.io/devtools-protocol.
/// </summary>
internal sealed class DevToolsSession : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode>> _pending = new();
    private readonly Channel<JsonObject> _events = Channel.CreateUnbounded<JsonObject>();
    private readonly CancellationTokenSource _stop = new();
    private Task _reader = Task.CompletedTask;
    private int _nextId;

    public ChannelReader<JsonObject> Events => _events.Reader;

    public static async Task<DevToolsSession> ConnectAsync(Uri page, CancellationToken ct)
    {
        var session = new DevToolsSession();
        session._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await session._socket.ConnectAsync(page, ct);
        session._reader = Task.Run(session.ReadAsync, CancellationToken.None);
        return session;
    }

    /// <summary>Sends a command and returns its <c>result</c>; a protocol error is thrown with its message.</summary>
    public async Task<JsonNode> SendAsync(string method, JsonObject? parameters, CancellationToken ct)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, ct);
        return await answer.Task.WaitAsync(ct);
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[1 << 16];
        using var text = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var part = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (part.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                text.Write(buffer, 0, part.Count);
                if (part.EndOfMessage)
                {
                    Dispatch(JsonNode.Parse(text.ToArray())!.AsObject());
                    text.SetLength(0);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The browser went away or we are closing: pending commands fail below.
        }

        foreach (var answer in _pending.Values)
        {
            answer.TrySetException(new IOException("the DevTools connection closed"));
        }

        _events.Writer.TryComplete();
    }

    private void Dispatch(JsonObject message)
    {
        if (message["id"]?.GetValue<int>() is not { } id)
        {
            _events.Writer.TryWrite(message);
            return;
        }

        if (_pending.TryRemove(id, out var answer))
        {
            if (message["error"] is { } error)
            {
                answer.TrySetException(new InvalidOperationException($"DevTools: {error["message"]}"));
            }
            else
            {
                answer.TrySetResult(message["result"] ?? new JsonObject());
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reader;
        _socket.Dispose();
        _stop.Dispose();
    }
}
