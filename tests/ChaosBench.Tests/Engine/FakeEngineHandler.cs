namespace ChaosBench.Tests.Engine;

/// <summary>An HTTP handler standing in for the engine: each attempt is answered (or failed) by <c>answer</c>, and counted.</summary>
internal sealed class FakeEngineHandler(Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>> answer) : HttpMessageHandler
{
    private int _attempts;

    /// <summary>How many requests reached the handler.</summary>
    public int Attempts => _attempts;

    /// <summary>Each request's method and path, in order.</summary>
    public List<string> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempt = Interlocked.Increment(ref _attempts);
        lock (Requests)
        {
            Requests.Add($"{request.Method} {request.RequestUri!.AbsolutePath}");
        }

        return answer(request, attempt, cancellationToken);
    }

    public static HttpResponseMessage Json(System.Net.HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };

    /// <summary>What a refused connection looks like: the request never left this machine.</summary>
    public static HttpRequestException Refused() =>
        new(HttpRequestError.ConnectionError, "Connection refused", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused));

    /// <summary>What a connection the engine closed mid-request looks like: it may have acted on it.</summary>
    public static HttpRequestException Lost() =>
        new(HttpRequestError.ResponseEnded, "The response ended prematurely.", new IOException("Connection reset by peer"));
}
