using ChaosBench.Model.Options;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Reading;

/// <summary><c>workload: { kind: etcd-kv, target: etcd, clients: 4, rate: 200/s, keys: 1000 }</c>, and <c>http:</c> for http-kv.</summary>
internal static class WorkloadReader
{
    public static FieldReaders<WorkloadOptions> Fields { get; } = new()
    {
        ["kind"] = (c, node, path, w) => w.Kind = c.Text(node, path),
        ["target"] = (c, node, path, w) => w.Target = c.Text(node, path),
        ["clients"] = (c, node, path, w) => w.Clients = c.Whole<int>(node, path) ?? w.Clients,
        ["rate"] = (c, node, path, w) => w.Rate = c.Rate(node, path) ?? w.Rate,
        ["keys"] = (c, node, path, w) => w.Keys = c.Whole<int>(node, path) ?? w.Keys,
        ["http"] = (c, node, path, w) => w.Http = ReadHttp(c, node, path),
    };

    /// <summary>The keys of <c>http.write</c>.</summary>
    public static FieldReaders<HttpCallOptions> WriteFields { get; } = new()
    {
        ["method"] = (c, node, path, r) => r.Method = c.Text(node, path),
        ["path"] = (c, node, path, r) => r.Path = c.Text(node, path),
        ["body"] = (c, node, path, r) => r.Body = c.Text(node, path),
        ["ok"] = (c, node, path, r) => r.Ok = c.WholeList(node, path, "[200, 201]") ?? r.Ok,
    };

    /// <summary>The keys of <c>http.read</c>.</summary>
    public static FieldReaders<HttpCallOptions> ReadFields { get; } = new()
    {
        ["method"] = WriteFields["method"],
        ["path"] = WriteFields["path"],
        ["body"] = WriteFields["body"],
        ["value"] = (c, node, path, r) => r.Value = c.Text(node, path),
        ["base64"] = (c, node, path, r) => r.Base64 = c.Flag(node, path) ?? false,
        ["missing"] = (c, node, path, r) => r.Missing = c.WholeList(node, path, "[404]") ?? r.Missing,
    };

    public static FieldReaders<HttpOptions> HttpFields { get; } = new()
    {
        ["port"] = (c, node, path, h) => h.Port = c.Whole<int>(node, path),
        ["write"] = (c, node, path, h) => h.Write = ReadRequest(c, node, path, WriteFields, "{ method: PUT, path: \"/kv/{key}\", body: \"{value}\" }"),
        ["read"] = (c, node, path, h) => h.Read = ReadRequest(c, node, path, ReadFields, "{ method: GET, path: \"/kv/{key}\" }"),
    };

    public static WorkloadOptions? Read(ReadContext context, YamlNode node, string path)
    {
        if (context.Mapping(node, path, "{ kind: etcd-kv, target: etcd }") is not { } map)
        {
            return null;
        }

        var workload = new WorkloadOptions();
        context.Fill(map, path, Fields, workload, "the workload");
        return workload;
    }

    private static HttpOptions? ReadHttp(ReadContext context, YamlNode node, string path)
    {
        if (context.Mapping(node, path, "{ port: 8080, write: { ... }, read: { ... } }") is not { } map)
        {
            return null;
        }

        var http = new HttpOptions();
        context.Fill(map, path, HttpFields, http, "http");
        return http;
    }

    private static HttpCallOptions? ReadRequest(ReadContext context, YamlNode node, string path, FieldReaders<HttpCallOptions> fields, string example)
    {
        if (context.Mapping(node, path, example) is not { } map)
        {
            return null;
        }

        var request = new HttpCallOptions();
        context.Fill(map, path, fields, request, $"http.{Paths.Key(path)}");
        return request;
    }
}
