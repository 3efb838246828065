using ChaosBench.Model.Options;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Reading;

/// <summary><c>services:</c>, each service with its volumes and readiness probe.</summary>
internal static partial class ServiceReader
{
    public static FieldReaders<ServiceOptions> Fields { get; } = new()
    {
        ["image"] = (c, node, path, s) => s.Image = c.Text(node, path),
        ["external"] = (c, node, path, s) => s.External = ReadExternal(c, node, path),
        ["replicas"] = (c, node, path, s) => s.Replicas = c.Whole<int>(node, path) ?? s.Replicas,
        ["cluster"] = (c, node, path, s) => s.Cluster = c.Text(node, path),
        ["command"] = (c, node, path, s) => s.Command = c.TextList(node, path, "[redis-server, --appendonly, \"yes\"]"),
        ["args"] = (c, node, path, s) => s.Args = c.TextList(node, path, "[--unsafe-no-fsync]") ?? s.Args,
        ["env"] = ReadEnv,
        ["volumes"] = ReadVolumes,
        ["ready"] = (c, node, path, s) => s.Ready = ReadReady(c, node, path),
        ["entrypoint"] = (c, node, path, s) => s.Entrypoint = c.TextList(node, path, "[/usr/local/bin/start.sh]"),
        ["binds"] = (c, node, path, s) => s.Binds = ReadBinds(c, node, path),
        ["tmpfs"] = (c, node, path, s) => s.Tmpfs = c.TextList(node, path, "[/run, \"/tmp:size=64m\"]") ?? s.Tmpfs,
        ["networks"] = (c, node, path, s) => s.Networks = ReadNetworks(c, node, path),
        ["depends-on"] = (c, node, path, s) => s.DependsOn = c.TextMap(node, path, "{ db: healthy }") ?? s.DependsOn,
        ["ports"] = (c, node, path, s) => s.Ports = c.TextList(node, path, "[\"80\", 53/udp]") ?? s.Ports,
        ["labels"] = (c, node, path, s) => s.Labels = c.TextMap(node, path, "{ tier: front }") ?? s.Labels,
        ["cap-add"] = (c, node, path, s) => s.CapAdd = c.TextList(node, path, "[NET_ADMIN]") ?? s.CapAdd,
        ["user"] = (c, node, path, s) => s.User = c.Text(node, path),
        ["working-dir"] = (c, node, path, s) => s.WorkingDir = c.Text(node, path),
        ["pid"] = (c, node, path, s) => s.Pid = c.Text(node, path),
        ["userns-mode"] = (c, node, path, s) => s.UsernsMode = c.Text(node, path),
        ["devices"] = (c, node, path, s) => s.Devices = c.TextList(node, path, "[/dev/fuse]") ?? s.Devices,
    };

    public static FieldReaders<VolumeOptions> VolumeFields { get; } = new()
    {
        ["path"] = (c, node, path, v) => v.Path = c.Text(node, path),
        ["durability"] = (c, node, path, v) => v.Durability = c.Text(node, path) ?? v.Durability,
        ["writeback"] = (c, node, path, v) => v.Writeback = c.Duration(node, path),
        ["directory-durability"] = (c, node, path, v) => v.DirectoryDurability = c.Text(node, path) ?? v.DirectoryDurability,
        ["faults"] = (c, node, path, v) => v.Faults = c.Flag(node, path) ?? false,
        ["shared"] = (c, node, path, v) => v.Shared = c.Flag(node, path) ?? false,
        ["read-only"] = (c, node, path, v) => v.ReadOnly = c.Flag(node, path) ?? false,
    };

    public static FieldReaders<ExternalOptions> ExternalFields { get; } = new()
    {
        ["url"] = (c, node, path, e) => e.Url = c.Text(node, path),
    };

    public static FieldReaders<ReadyOptions> ReadyFields { get; } = new()
    {
        ["http"] = (c, node, path, r) => r.Http = c.Text(node, path),
        ["exec"] = (c, node, path, r) => r.Exec = c.TextList(node, path, "[etcdctl, endpoint, health]"),
        ["log"] = (c, node, path, r) => r.Log = c.Text(node, path),
        ["within"] = (c, node, path, r) => r.Within = c.Duration(node, path) ?? r.Within,
    };

    public static void ReadAll(ReadContext context, YamlNode node, string path, Dictionary<string, ServiceOptions> services)
    {
        if (context.Mapping(node, path, "{ etcd: { image: recipe:etcd-3.4 } }") is not { } map)
        {
            return;
        }

        foreach (var (name, _, value, servicePath) in context.Entries(map, path))
        {
            var service = services[name] = new ServiceOptions();
            if (context.Mapping(value, servicePath, "{ image: recipe:etcd-3.4 }") is { } fields)
            {
                context.Fill(fields, servicePath, Fields, service, $"service '{name}'");
            }
        }
    }

    /// <summary><c>volumes: { data: /var/lib/etcd }</c>, or per volume <c>{ path: /var/lib/etcd, durability: power-loss }</c>.</summary>
    private static void ReadVolumes(ReadContext context, YamlNode node, string path, ServiceOptions service)
    {
        if (context.Mapping(node, path, "{ data: /var/lib/etcd }") is not { } map)
        {
            return;
        }

        foreach (var (name, _, value, volumePath) in context.Entries(map, path))
        {
            var volume = service.Volumes[name] = new VolumeOptions();
            if (value is YamlMappingNode fields)
            {
                context.Fill(fields, volumePath, VolumeFields, volume, $"volume '{name}'");
            }
            else
            {
                volume.Path = context.Text(value, volumePath);
            }
        }
    }

    private static ExternalOptions? ReadExternal(ReadContext context, YamlNode node, string path)
    {
        if (context.Mapping(node, path, "{ url: \"${LONGHORN_URL}\" }") is not { } map)
        {
            return null;
        }

        var external = new ExternalOptions();
        context.Fill(map, path, ExternalFields, external, "an external service");
        return external;
    }

    private static ReadyOptions? ReadReady(ReadContext context, YamlNode node, string path)
    {
        if (context.Mapping(node, path, "{ http: \"http://{self}:2379/health\", within: 30s }") is not { } map)
        {
            return null;
        }

        var ready = new ReadyOptions();
        context.Fill(map, path, ReadyFields, ready, "a readiness probe");
        return ready;
    }
}
