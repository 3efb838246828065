using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChaosBench.Model;

namespace ChaosBench.Workloads.HttpKv;

/// <summary>
/// One member's REST API, as <see cref="KvClients{T}"/> drives it: each write and read is one request made
/// from the scenario's templates, and so is each compare-and-set. The shared <see cref="HttpClient"/> pools the TCP connections.
/// </summary>
internal sealed class HttpKvConnection(HttpClient http, Uri endpoint, HttpOptions api) : ICasConnection
{
    public Task PrepareAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Acknowledged when the answer's status is one of the write's <c>ok</c>; any other status throws.</summary>
    public async Task WriteAsync(string key, string value, CancellationToken ct)
    {
        using var response = await SendAsync(api.Write!, key, value, null, ct);
        if (!api.Write!.Ok.Contains((int)response.StatusCode))
        {
            throw await UnexpectedAsync(response, ct);
        }
    }

    /// <summary>The value the read's pointer finds in a 2xx answer; null on a <c>missing</c> status or when the pointer finds nothing.</summary>
    public async Task<string?> ReadAsync(string key, CancellationToken ct)
    {
        using var response = await SendAsync(api.Read!, key, string.Empty, null, ct);
        if (api.Read!.Missing.Contains((int)response.StatusCode))
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw await UnexpectedAsync(response, ct);
        }

        var text = await response.Content.ReadAsStringAsync(ct);
        var found = api.Read!.Value is { } pointer ? JsonPointer.Find(ParseAnswer(text), pointer) : text;
        return found is null || !api.Read!.Base64 ? found : Encoding.UTF8.GetString(Convert.FromBase64String(found));
    }

    /// <summary>True on one of the cas's <c>ok</c> statuses, false on one of its <c>mismatch</c> statuses; any other status throws.</summary>
    public async Task<bool> CasAsync(string key, string? expected, string value, CancellationToken ct)
    {
        var cas = api.Cas ?? throw new InvalidOperationException("http-kv has no cas request; validation requires one for a cas share");
        using var response = await SendAsync(cas, key, value, expected, ct);
        var status = (int)response.StatusCode;
        if (cas.Ok.Contains(status))
        {
            return true;
        }

        return cas.Mismatch.Contains(status) ? false : throw await UnexpectedAsync(response, ct);
    }

    public void Dispose()
    {
        // The HttpClient belongs to the workload: its pooled connections serve every client.
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestOptions call, string key, string value, string? expected, CancellationToken ct)
    {
        // Appended, not resolved against the endpoint: an external service's base URL may have a path (/api) to keep.
        var url = new Uri(endpoint.AbsoluteUri.TrimEnd('/') + Fill(call.Path!, key, value, expected, Uri.EscapeDataString));
        using var request = new HttpRequestMessage(new HttpMethod(call.Method!), url);
        if (call.Body is { } body)
        {
            var json = body.TrimStart() is ['{' or '[', ..];
            request.Content = new StringContent(Fill(body, key, value, expected, s => s), Encoding.UTF8, new MediaTypeHeaderValue(json ? "application/json" : "text/plain"));
        }

        return await http.SendAsync(request, ct);
    }

    /// <summary>The template with its placeholders replaced; <c>{expected}</c> is empty for an absent key, as for every request but a cas.</summary>
    private static string Fill(string template, string key, string value, string? expected, Func<string, string> escape) => template
        .Replace("{expected64}", escape(B64(expected ?? string.Empty)), StringComparison.Ordinal)
        .Replace("{expected}", escape(expected ?? string.Empty), StringComparison.Ordinal)
        .Replace("{key64}", escape(B64(key)), StringComparison.Ordinal)
        .Replace("{value64}", escape(B64(value)), StringComparison.Ordinal)
        .Replace("{key}", escape(key), StringComparison.Ordinal)
        .Replace("{value}", escape(value), StringComparison.Ordinal);

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static JsonNode? ParseAnswer(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw new IOException($"the answer is not JSON: {text[..Math.Min(text.Length, 100)]}", e);
        }
    }

    private async Task<HttpRequestException> UnexpectedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        return new HttpRequestException($"{endpoint.Host} answered {(int)response.StatusCode}: {text.Split('\n')[0]}", null, response.StatusCode);
    }
}
