using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChaosBench.Engine.Docker;

/// <summary>One attempt of a call: what went wrong, as the typed exceptions <see cref="EngineResilience"/> tells apart.</summary>
internal sealed partial class DockerTransport
{
    private async Task<HttpResponseMessage> AttemptAsync(string operation, Func<HttpRequestMessage> create, CancellationToken ct)
    {
        HttpResponseMessage response;
        using (var request = create())
        {
            try
            {
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            }
            catch (HttpRequestException e) when (e.InnerException is SocketException || e.HttpRequestError == HttpRequestError.ConnectionError)
            {
                // The connection was never made: the request did not reach the engine.
                throw new EngineUnavailableException(Endpoint, e.InnerException?.Message ?? e.Message, e);
            }
            catch (HttpRequestException e)
            {
                throw new EngineConnectionLostException(Endpoint, operation, e.InnerException?.Message ?? e.Message, e);
            }
        }

        // 304: already started / already stopped; the state asked for holds.
        if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotModified)
        {
            return response;
        }

        using (response)
        {
            var message = await ReadErrorAsync(operation, response, ct);
            throw response.StatusCode switch
            {
                HttpStatusCode.NotFound => new EngineNotFoundException(operation, message),
                HttpStatusCode.Conflict => new EngineConflictException(operation, message),
                _ => new EngineException(operation, response.StatusCode, message),
            };
        }
    }

    /// <summary>The whole answer; a connection that breaks while it arrives is lost like one that breaks before.</summary>
    private async Task<string> ReadAsync(string operation, HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            return await response.Content.ReadAsStringAsync(ct);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new EngineConnectionLostException(Endpoint, operation, e.InnerException?.Message ?? e.Message, e);
        }
    }

    private async Task<string> ReadErrorAsync(string operation, HttpResponseMessage response, CancellationToken ct)
    {
        var text = await ReadAsync(operation, response, ct);
        try
        {
            return JsonNode.Parse(text)?["message"]?.GetValue<string>() ?? text.Trim();
        }
        catch (JsonException)
        {
            return text.Trim();
        }
    }

    private static JsonNode? Parse(string text) => string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
}
