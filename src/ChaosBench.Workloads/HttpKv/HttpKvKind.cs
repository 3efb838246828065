using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Workloads.HttpKv;

/// <summary><c>http-kv</c>: keys written, read and compared-and-set through a product's own REST API, as its request templates describe.</summary>
public sealed class HttpKvKind : WorkloadKind<HttpKvOptions>, IWorkloadFactory
{
    private static readonly string[] Methods = ["GET", "PUT", "POST", "DELETE"];

    public override string Name => "http-kv";

    public override bool ReachesExternal => true;

    public IWorkload Create(Workload workload) => new HttpKvWorkload(workload.OptionsAs<HttpKvOptions>().Http!, workload.OptionsAs<HttpKvOptions>());

    protected override void Validate(HttpKvOptions options, KindCheck check)
    {
        KvOptions.Check(options, check);
        if (options.Http is not { } http)
        {
            return;
        }

        // An external target's url carries the port, so 'port' has no member to apply to.
        if (check.IsExternal(check.Service) && http.Port is not null)
        {
            check.Error("http.port", "the external service's url carries the port, so 'port' has no member to apply to", "remove 'port', and write the port in the url if it needs one");
        }
        else if (!check.IsExternal(check.Service) && http.Port is not (>= 1 and <= 65535))
        {
            check.Error("http.port", http.Port is null ? "http needs a port" : $"port must be from 1 to 65535, not {http.Port}", "add e.g. 'port: 8080'");
        }

        Request(check, "http.write", http.Write, isRead: false);
        Request(check, "http.read", http.Read, isRead: true);
        if (http.Cas is { } cas)
        {
            Request(check, "http.cas", cas, isRead: false);
        }
        else if (options.Cas > 0)
        {
            check.Error("cas", $"a cas share ({options.Cas}) needs the request that compare-and-sets", "add 'cas: { method: PUT, path: \"/kv/{key}?if={expected}\", body: \"{value}\" }' under 'http', or remove 'cas'");
        }
    }

    private static void Request(KindCheck check, string key, HttpRequestOptions? request, bool isRead)
    {
        if (request is null)
        {
            check.Error(key, $"http needs '{key[(key.LastIndexOf('.') + 1)..]}'", "add e.g. '{ method: GET, path: \"/kv/{key}\" }'");
            return;
        }

        if (!Methods.Contains(request.Method))
        {
            check.Error($"{key}.method", request.Method is null ? "a request needs a method" : $"unknown method '{request.Method}'", $"write one of: {string.Join(", ", Methods)}");
        }

        if (request.Path?.StartsWith('/') != true)
        {
            check.Error($"{key}.path", request.Path is null ? "a request needs a path" : $"'{request.Path}' does not start with '/'", "write e.g. 'path: \"/kv/{key}\"'");
        }

        if (request is HttpReadOptions { Value: { } pointer } && !pointer.StartsWith('/'))
        {
            check.Error($"{key}.value", $"'{pointer}' is not a JSON pointer", "write e.g. 'value: /kvs/0/value'");
        }

        var codes = request switch
        {
            HttpWriteOptions write => ("ok", write.Ok),
            HttpCasOptions cas => ("ok", [.. cas.Ok, .. cas.Mismatch]),
            HttpReadOptions read => ("missing", read.Missing),
            _ => (string.Empty, new List<int>()),
        };
        if (codes.Item2.Where(c => c is < 100 or > 599).Select(c => (int?)c).FirstOrDefault() is { } bad)
        {
            check.Error($"{key}.{codes.Item1}", $"{bad} is not an HTTP status code", $"write e.g. '{codes.Item1}: [{(isRead ? 404 : 200)}]'");
        }

        if (request is HttpWriteOptions { Ok.Count: 0 } or HttpCasOptions { Ok.Count: 0 })
        {
            check.Error($"{key}.ok", $"a {(request is HttpCasOptions ? "cas" : "write")} needs at least one status that acknowledges it", "write e.g. 'ok: [200, 201]'");
        }
    }
}
