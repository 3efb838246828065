using ChaosBench.Model.Options;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Reading;

/// <summary>The top level of a scenario file.</summary>
internal static class ScenarioReader
{
    public static FieldReaders<ScenarioOptions> Fields { get; } = new()
    {
        ["name"] = (c, node, path, o) => o.Name = c.Text(node, path),
        ["description"] = (c, node, path, o) => o.Description = c.Text(node, path),
        ["seed"] = (c, node, path, o) => o.Seed = c.Whole<long>(node, path),
        ["duration"] = (c, node, path, o) => o.Duration = c.Duration(node, path),
        ["services"] = (c, node, path, o) => ServiceReader.ReadAll(c, node, path, o.Services),
        ["compose"] = (c, node, path, o) => o.Compose = c.Text(node, path),
        // Read once the Compose file's services are in (Compose/ComposeDurability): here it only has to be a known key.
        ["durability"] = (_, _, _, _) => { },
        ["networks"] = (c, node, path, o) => o.Networks = c.TextList(node, path, "[front, back]") ?? o.Networks,
        ["groups"] = (c, node, path, o) => ReadGroups(c, node, path, o.Groups),
        ["secrets"] = (c, node, path, o) => o.Secrets = c.TextList(node, path, "[DB_PASS, session]") ?? o.Secrets,
        ["images"] = (c, node, path, o) => ImageReader.ReadAll(c, node, path, o.Images),
        ["workload"] = (c, node, path, o) => o.Workload = WorkloadReader.Read(c, node, path),
        ["faults"] = (c, node, path, o) => o.Faults.AddRange(c.Items(node, path, "- at: 5s").Select(i => FaultReader.Read(c, i.Item, i.Path))),
        // Read and expanded before the rest (Matrix/MatrixReader): here it only has to be a known key.
        ["matrix"] = (_, _, _, _) => { },
        ["expect"] = (c, node, path, o) => o.Expect.AddRange(c.Items(node, path, "- no-lost-writes").Select(i => ExpectationReader.Read(c, i.Item, i.Path))),
    };

    public static ScenarioOptions Read(ReadContext context, YamlMappingNode root)
    {
        var options = new ScenarioOptions();
        context.Map.Add(string.Empty, root);
        context.Fill(root, string.Empty, Fields, options, "a scenario");
        return options;
    }

    /// <summary><c>groups: { etcd: [etcd-1, etcd-2, etcd-3] }</c>: several services addressed as one.</summary>
    private static void ReadGroups(ReadContext context, YamlNode node, string path, Dictionary<string, List<string>> groups)
    {
        if (context.Mapping(node, path, "{ etcd: [etcd-1, etcd-2, etcd-3] }") is not { } map)
        {
            return;
        }

        foreach (var (name, _, value, groupPath) in context.Entries(map, path))
        {
            var members = context.Items(value, groupPath, "- etcd-1").Select(i => context.Text(i.Item, i.Path)).ToList();
            groups[name] = members.Contains(null) ? [] : members.Select(m => m!).ToList();
        }
    }
}
