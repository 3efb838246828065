using ChaosBench.Model.Options;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Reading;

/// <summary><c>workload: { kind: etcd-kv, target: etcd, clients: 4, rate: 200/s, keys: 1000 }</c>.</summary>
internal static class WorkloadReader
{
    public static FieldReaders<WorkloadOptions> Fields { get; } = new()
    {
        ["kind"] = (c, node, path, w) => w.Kind = c.Text(node, path),
        ["target"] = (c, node, path, w) => w.Target = c.Text(node, path),
        ["clients"] = (c, node, path, w) => w.Clients = c.Whole<int>(node, path) ?? w.Clients,
        ["rate"] = (c, node, path, w) => w.Rate = c.Rate(node, path) ?? w.Rate,
        ["keys"] = (c, node, path, w) => w.Keys = c.Whole<int>(node, path) ?? w.Keys,
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
}
