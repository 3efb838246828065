using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ChaosBench.Workloads.EtcdKv;

/// <summary>
/// etcd's v3 JSON gateway: <c>POST /v3/kv/put</c> and <c>/v3/kv/range</c> with base64 keys and values.
/// etcd 3.3 serves the same API under <c>/v3beta</c>; the prefix is found on first use per endpoint.
/// </summary>
internal sealed class EtcdClient(HttpClient http)
{
    private readonly ConcurrentDictionary<Uri, string> _prefix = new();

    public async Task PutAsync(Uri endpoint, string key, string value, CancellationToken ct)
    {
        await PostAsync(endpoint, "kv/put", new JsonObject { ["key"] = B64(key), ["value"] = B64(value) }, ct);
    }

    /// <summary>
    /// The key's value, or null when the key does not exist. Linearizable unless <paramref name="serializable"/>: then the
    /// member answers from its own state, without asking the leader, as a partitioned member does.
    /// </summary>
    public async Task<string?> GetAsync(Uri endpoint, string key, bool serializable, CancellationToken ct)
    {
        var request = new JsonObject { ["key"] = B64(key) };
        if (serializable)
        {
            request["serializable"] = true;
        }

        var answer = await PostAsync(endpoint, "kv/range", request, ct);
        var value = answer?["kvs"]?[0]?["value"]?.GetValue<string>();
        return value is null ? null : Encoding.UTF8.GetString(Convert.FromBase64String(value));
    }

    /// <summary>
    /// A transaction putting <paramref name="value"/> only where the key holds <paramref name="expected"/>, or does not
    /// exist when it is null (its create revision is 0). True when it put.
    /// </summary>
    public async Task<bool> CasAsync(Uri endpoint, string key, string? expected, string value, CancellationToken ct)
    {
        var compare = expected is null
            ? new JsonObject { ["key"] = B64(key), ["result"] = "EQUAL", ["target"] = "CREATE", ["create_revision"] = "0" }
            : new JsonObject { ["key"] = B64(key), ["result"] = "EQUAL", ["target"] = "VALUE", ["value"] = B64(expected) };
        var put = new JsonObject { ["request_put"] = new JsonObject { ["key"] = B64(key), ["value"] = B64(value) } };
        var answer = await PostAsync(endpoint, "kv/txn", new JsonObject { ["compare"] = new JsonArray(compare), ["success"] = new JsonArray(put) }, ct);

        // The gateway leaves out a false 'succeeded', as proto3's JSON mapping leaves out every default value.
        return answer?["succeeded"]?.GetValue<bool>() ?? false;
    }

    private async Task<JsonNode?> PostAsync(Uri endpoint, string path, JsonObject body, CancellationToken ct)
    {
        var prefix = _prefix.GetValueOrDefault(endpoint, "v3");
        using var response = await http.PostAsJsonAsync(new Uri(endpoint, $"/{prefix}/{path}"), body, ct);
        if (response.StatusCode == HttpStatusCode.NotFound && prefix == "v3")
        {
            _prefix[endpoint] = "v3beta";

            return await PostAsync(endpoint, path, body, ct);
        }

        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            var message = JsonNode.Parse(text)?["error"]?.GetValue<string>() ?? text;
            throw new HttpRequestException($"etcd answered {(int)response.StatusCode}: {message}", null, response.StatusCode);
        }

        return JsonNode.Parse(text);
    }

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
