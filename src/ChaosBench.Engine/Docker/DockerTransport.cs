using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChaosBench.Engine.Docker;

/// <summary>
/// HTTP to the engine's REST API: versioned paths, JSON in and out, engine errors turned into typed exceptions.
/// The only place that knows status codes.
/// </summary>
internal sealed class DockerTransport : IDisposable
{
    /// <summary>The API version spoken: Debian bookworm's engine (20.10) speaks up to 1.41, newer ones still accept it.</summary>
    public const string ApiVersion = "1.41";

    private readonly HttpClient _http;

    public DockerTransport(Uri endpoint)
    {
        Endpoint = endpoint;
        _http = new HttpClient(DockerEndpoint.CreateHandler(endpoint))
        {
            BaseAddress = DockerEndpoint.BaseAddress(endpoint),
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public Uri Endpoint { get; }

    public async Task<JsonNode?> GetJsonAsync(string operation, string path, CancellationToken ct)
    {
        using var response = await SendAsync(operation, new HttpRequestMessage(HttpMethod.Get, Versioned(path)), ct);
        return await ReadJsonAsync(response, ct);
    }

    public async Task<JsonNode?> PostJsonAsync(string operation, string path, object? body, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Versioned(path));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: DockerJson.Options);
        }

        using var response = await SendAsync(operation, request, ct);
        return await ReadJsonAsync(response, ct);
    }

    public async Task SendAsync(string operation, HttpMethod method, string path, CancellationToken ct)
    {
        using var response = await SendAsync(operation, new HttpRequestMessage(method, Versioned(path)), ct);
    }

    /// <summary>Sends a request whose answer is a stream (logs, events, archives, exec output); the caller disposes it.</summary>
    public Task<HttpResponseMessage> StreamAsync(string operation, HttpRequestMessage request, CancellationToken ct)
    {
        request.RequestUri = new Uri(Versioned(request.RequestUri!.OriginalString), UriKind.Relative);
        return SendAsync(operation, request, ct);
    }

    public Task PingAsync(CancellationToken ct) =>
        SendAsync("ping", HttpMethod.Get, "/_ping", ct);

    private async Task<HttpResponseMessage> SendAsync(string operation, HttpRequestMessage request, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (HttpRequestException e) when (e.InnerException is SocketException || e.HttpRequestError == HttpRequestError.ConnectionError)
        {
            throw new EngineUnavailableException(Endpoint, e.InnerException?.Message ?? e.Message, e);
        }
        finally
        {
            request.Dispose();
        }

        // 304: already started / already stopped; the state asked for holds.
        if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotModified)
        {
            return response;
        }

        using (response)
        {
            var message = await ReadErrorAsync(response, ct);
            throw response.StatusCode switch
            {
                HttpStatusCode.NotFound => new EngineNotFoundException(operation, message),
                HttpStatusCode.Conflict => new EngineConflictException(operation, message),
                _ => new EngineException(operation, response.StatusCode, message),
            };
        }
    }

    private static async Task<string> ReadErrorAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        try
        {
            return JsonNode.Parse(text)?["message"]?.GetValue<string>() ?? text.Trim();
        }
        catch (JsonException)
        {
            return text.Trim();
        }
    }

    private static async Task<JsonNode?> ReadJsonAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
    }

    private static string Versioned(string path) => path.StartsWith("/_ping", StringComparison.Ordinal) ? path : $"/v{ApiVersion}{path}";

    public void Dispose() => _http.Dispose();
}
