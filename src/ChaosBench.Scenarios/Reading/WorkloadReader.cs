using ChaosBench.Model.Kinds;
using ChaosBench.Model.Options;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Reading;

/// <summary><c>workload: { kind: etcd-kv, target: etcd, clients: 4, rate: 200/s, keys: 1000 }</c>, and beside them the kind's own options (http-kv's <c>http</c>).</summary>
internal static class WorkloadReader
{
    public static WorkloadOptions? Read(ReadContext context, YamlNode node, string path)
    {
        if (context.Mapping(node, path, "{ kind: etcd-kv, target: etcd }") is not { } map)
        {
            return null;
        }

        // The kind first: it says which other keys are its own.
        var named = map.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "kind" }).Value as YamlScalarNode;
        var kind = context.Kinds.Workloads.Find(named?.Value);
        var own = kind is null ? null : OptionsShape.Of(kind.OptionsType);
        var common = OptionsShape.Of<WorkloadOptions>();
        var workload = new WorkloadOptions { Options = own?.Create() };
        OptionsReader.Fill(context, common, map, path, workload, "the workload", (key, keyNode, value, child) =>
        {
            if (own?.Find(key) is { } field)
            {
                OptionsReader.Set(context, field, workload.Options!, value, child);
                return true;
            }

            var owners = context.Kinds.Workloads.Where(k => OptionsShape.Of(k.OptionsType).Find(key) is not null).Select(k => k.Name).ToList();
            if (owners.Count > 0 && kind is not null)
            {
                context.EntryError(keyNode, value, child, $"{kind.Name} has its own client; '{key}' belongs to {string.Join(", ", owners)}", $"remove '{key}:' or write 'kind: {owners[0]}'");
            }

            // Without a known kind, the kind is the error to fix first.
            return owners.Count > 0;
        }, [.. common.Keys, .. own?.Keys ?? []]);
        return workload;
    }
}
