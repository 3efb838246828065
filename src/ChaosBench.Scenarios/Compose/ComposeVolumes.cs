using ChaosBench.Model;
using ChaosBench.Model.Options;
using ChaosBench.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Compose;

/// <summary>
/// A service's <c>volumes</c>, short (<c>data:/var/lib/db:ro</c>, <c>./conf:/etc/app</c>, <c>/cache</c>) or long
/// (<c>{ type, source, target, read_only }</c>). A named volume is one per project in Compose, shared by every
/// service naming it, so it becomes a shared volume; a host path becomes a bind; a path alone, an anonymous volume.
/// </summary>
internal static class ComposeVolumes
{
    private static readonly FieldReaders<Mount> LongFields = new()
    {
        ["type"] = (c, node, path, m) => m.Type = c.Text(node, path) ?? m.Type,
        ["source"] = (c, node, path, m) => m.Source = c.Text(node, path),
        ["target"] = (c, node, path, m) => m.Target = c.Text(node, path),
        ["read_only"] = (c, node, path, m) => m.ReadOnly = c.Flag(node, path) ?? false,
    };

    public static void Read(ReadContext context, YamlNode node, string path, ComposeService service)
    {
        foreach (var (item, itemPath) in context.Items(node, path, "- data:/var/lib/postgresql/data"))
        {
            var mount = new Mount();
            if (item is YamlMappingNode fields)
            {
                ComposeKeys.Fill(context, fields, itemPath, LongFields, mount, $"in a volume of service '{service.Name}'");
            }
            else if (context.Text(item, itemPath) is not { } text || !Short(context, item, itemPath, text, mount))
            {
                continue;
            }

            Add(context, item, itemPath, mount, service);
        }
    }

    /// <summary><c>SOURCE:TARGET[:MODE]</c> or <c>TARGET</c>; a source starting with '.', '/' or '~' is a host path.</summary>
    private static bool Short(ReadContext context, YamlNode node, string path, string text, Mount mount)
    {
        var parts = text.Split(':');
        if (parts.Length > 3)
        {
            context.Error(node, path, $"'{text}' is not a volume", "write SOURCE:TARGET or SOURCE:TARGET:ro, e.g. 'data:/var/lib/app' or './conf:/etc/app:ro'");
            return false;
        }

        (mount.Source, mount.Target) = parts.Length == 1 ? (null, parts[0]) : (parts[0], parts[1]);
        mount.Type = mount.Source is ['.' or '/' or '~', ..] ? "bind" : "volume";
        foreach (var mode in parts.Length == 3 ? parts[2].Split(',') : [])
        {
            if (mode is not ("ro" or "rw"))
            {
                context.Error(node, path, $"volume mode '{Excerpt.Of(mode)}' is not supported", "write ro or rw");
                return false;
            }

            mount.ReadOnly = mode == "ro";
        }

        return true;
    }

    private static void Add(ReadContext context, YamlNode node, string path, Mount mount, ComposeService service)
    {
        var options = service.Options;
        var servicePath = Paths.Parent(Paths.Parent(path));
        switch (mount)
        {
            case { Target: null }:
                context.Error(node, path, "a volume needs a target, the path in the container", "write e.g. '{ type: volume, source: data, target: /var/lib/app }'");
                break;
            case { Type: "tmpfs", Source: null }:
                options.Tmpfs.Add(mount.Target);
                break;
            case { Type: "bind", Source: { } source }:
                context.Map.Add(Paths.Item(Paths.Child(servicePath, "binds"), options.Binds.Count), node);
                options.Binds.Add(new BindOptions { Source = HostPath(source, service.Compose), Target = mount.Target, ReadOnly = mount.ReadOnly });
                break;
            case { Type: "volume", Source: null }:
                var anonymous = Enumerable.Range(1, options.Volumes.Count + 1).Select(i => $"anon-{i}").First(n => !options.Volumes.ContainsKey(n));
                context.Map.Add(Paths.Child(Paths.Child(servicePath, "volumes"), anonymous), node);
                options.Volumes[anonymous] = new VolumeOptions { Path = mount.Target, ReadOnly = mount.ReadOnly };
                break;
            case { Type: "volume", Source: { } name } when !service.Compose.Volumes.Contains(name):
                var fix = Names.Closest(name, service.Compose.Volumes) is { } close ? $"did you mean '{close}'?" : $"declare it at the top level: 'volumes: {{ {name}: {{}} }}', or write './{name}' for a folder next to the Compose file";
                context.Error(node, path, $"volume '{name}' is not declared in the top-level volumes", fix);
                break;
            case { Type: "volume", Source: { } name } when options.Volumes.ContainsKey(name):
                context.Error(node, path, $"volume '{name}' is mounted twice in service '{service.Name}'", "mount it once, at the path the product uses");
                break;
            case { Type: "volume", Source: { } name }:
                context.Map.Add(Paths.Child(Paths.Child(servicePath, "volumes"), name), node);
                options.Volumes[name] = new VolumeOptions { Path = mount.Target, Shared = true, ReadOnly = mount.ReadOnly };
                break;
            case { Type: "tmpfs" or "bind" }:
                context.Error(node, path, mount.Type == "tmpfs" ? "a tmpfs takes no source" : "a bind needs a source, the host path", mount.Type == "tmpfs" ? "remove 'source'" : "write e.g. '{ type: bind, source: ./conf, target: /etc/app }'");
                break;
            default:
                context.Error(node, path, $"volume type '{mount.Type}' is not supported", "write type volume, bind or tmpfs");
                break;
        }
    }

    /// <summary>An absolute host path: relative to the Compose file's folder, <c>~</c> the user's home, as Compose resolves them.</summary>
    private static string HostPath(string source, ComposeContext compose) =>
        Path.GetFullPath(source is ['~', '/', ..] or "~" ? (compose.Lookup("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)) + source[1..] : compose.Relative(source));

    private sealed class Mount
    {
        public string Type { get; set; } = "volume";

        public string? Source { get; set; }

        public string? Target { get; set; }

        public bool ReadOnly { get; set; }
    }
}
