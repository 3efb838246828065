using ChaosBench.Model.Options;

namespace ChaosBench.Model;

/// <summary>The <c>http:</c> mapping of an <c>http-kv</c> workload: the port and two request templates.</summary>
public static partial class ScenarioValidator
{
    private static readonly string[] Methods = ["GET", "PUT", "POST", "DELETE"];

    /// <param name="external">The target is an external service: its URL carries the port, so 'port' has no member to apply to.</param>
    private static void ValidateHttp(WorkloadOptions workload, bool external, List<ScenarioError> errors)
    {
        if (workload.Kind != WorkloadKinds.HttpKv)
        {
            // Without a kind, the missing kind is the error to fix first.
            if (workload.Http is not null && !string.IsNullOrEmpty(workload.Kind))
            {
                errors.Add(new("workload.http", $"{workload.Kind} has its own client; 'http' belongs to http-kv", "remove 'http:' or write 'kind: http-kv'"));
            }

            return;
        }

        if (workload.Http is not { } http)
        {
            errors.Add(new("workload.http", "http-kv needs 'http'", "add e.g. 'http: { port: 8080, write: { method: PUT, path: \"/kv/{key}\", body: \"{value}\" }, read: { method: GET, path: \"/kv/{key}\" } }'"));
            return;
        }

        if (external && http.Port is not null)
        {
            errors.Add(new("workload.http.port", "the external service's url carries the port, so 'port' has no member to apply to", "remove 'port', and write the port in the url if it needs one"));
        }
        else if (!external && http.Port is not (>= 1 and <= 65535))
        {
            errors.Add(new("workload.http.port", http.Port is null ? "http needs a port" : $"port must be from 1 to 65535, not {http.Port}", "add e.g. 'port: 8080'"));
        }

        ValidateRequest("workload.http.write", http.Write, isRead: false, errors);
        ValidateRequest("workload.http.read", http.Read, isRead: true, errors);
    }

    private static void ValidateRequest(string path, HttpCallOptions? request, bool isRead, List<ScenarioError> errors)
    {
        if (request is null)
        {
            errors.Add(new(path, $"http needs '{path[(path.LastIndexOf('.') + 1)..]}'", "add e.g. '{ method: GET, path: \"/kv/{key}\" }'"));
            return;
        }

        if (!Methods.Contains(request.Method))
        {
            errors.Add(new($"{path}.method", request.Method is null ? "a request needs a method" : $"unknown method '{request.Method}'", $"write one of: {string.Join(", ", Methods)}"));
        }

        if (request.Path?.StartsWith('/') != true)
        {
            errors.Add(new($"{path}.path", request.Path is null ? "a request needs a path" : $"'{request.Path}' does not start with '/'", "write e.g. 'path: \"/kv/{key}\"'"));
        }

        if (request.Value is { } pointer && (!isRead || !pointer.StartsWith('/')))
        {
            errors.Add(new($"{path}.value", isRead ? $"'{pointer}' is not a JSON pointer" : "a write has no value to find", isRead ? "write e.g. 'value: /kvs/0/value'" : "move 'value' to read"));
        }

        foreach (var (name, codes) in new[] { ("ok", request.Ok), ("missing", request.Missing) })
        {
            if (codes.Where(c => c is < 100 or > 599).Select(c => (int?)c).FirstOrDefault() is { } bad)
            {
                errors.Add(new($"{path}.{name}", $"{bad} is not an HTTP status code", $"write e.g. '{name}: [{(name == "ok" ? 200 : 404)}]'"));
            }
        }

        if (!isRead && request.Ok.Count == 0)
        {
            errors.Add(new($"{path}.ok", "a write needs at least one status that acknowledges it", "write e.g. 'ok: [200, 201]'"));
        }
    }
}
