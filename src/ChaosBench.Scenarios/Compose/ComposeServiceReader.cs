using ChaosBench.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Compose;

/// <summary>
/// A Compose file's <c>services:</c>, each into one <see cref="Model.Options.ServiceOptions"/>. Paths stay those
/// of the scenario (<c>services.db.depends-on.cache</c>), so that the validator's errors land on the Compose line.
/// </summary>
internal static class ComposeServiceReader
{
    public static FieldReaders<ComposeService> Fields { get; } = WithOverrides(new()
    {
        ["image"] = (c, node, path, s) => s.Options.Image = c.Text(node, path),
        ["command"] = (c, node, path, s) => s.Options.Command = Words(c, node, path),
        ["entrypoint"] = (c, node, path, s) => s.Options.Entrypoint = Words(c, node, path),
        ["environment"] = ComposeEnvironment.ReadEnvironment,
        ["env_file"] = ComposeEnvironment.ReadEnvFiles,
        ["volumes"] = ComposeVolumes.Read,
        ["tmpfs"] = (c, node, path, s) => s.Options.Tmpfs.AddRange(OneOrMore(c, node, path, "[/run, \"/tmp:size=64m\"]")),
        ["networks"] = ComposeLinks.ReadNetworks,
        ["depends_on"] = ComposeLinks.ReadDependsOn,
        ["healthcheck"] = ComposeHealthcheck.Read,
        ["ports"] = ComposePorts.Read,
        ["labels"] = ComposeEnvironment.ReadLabels,
        ["cap_add"] = (c, node, path, s) => s.Options.CapAdd = Renamed(c, node, path, "cap-add", c.TextList(node, path, "[NET_ADMIN]")) ?? [],
        ["user"] = (c, node, path, s) => s.Options.User = c.Text(node, path),
        ["working_dir"] = (c, node, path, s) => s.Options.WorkingDir = Renamed(c, node, path, "working-dir", c.Text(node, path)),
        ["profiles"] = (c, node, path, s) => s.Profiles = c.TextList(node, path, "[debug]") ?? [],
        ["pid"] = (c, node, path, s) => s.Options.Pid = HostShare(s, "pid", c.Text(node, path), "its processes share the host's process namespace; a kill still reaches only its own (its cgroup)"),
        ["userns_mode"] = (c, node, path, s) => s.Options.UsernsMode = HostShare(s, "userns_mode", Renamed(c, node, path, "userns-mode", c.Text(node, path)), "it runs in the host's user namespace"),
        ["devices"] = (c, node, path, s) => s.Options.Devices = HostShare(s, "devices", c.Items(node, path, "- /dev/fuse").Select(i => c.Text(i.Item, i.Path)).OfType<string>().ToList(), "it reaches the host's devices, which no volume or power-loss layer stands before"),
    });

    /// <summary>Every service in the file, in its order, with the profiles that decide whether it runs.</summary>
    public static List<ComposeService> ReadAll(ReadContext context, YamlNode node, string path, ComposeContext compose)
    {
        var services = new List<ComposeService>();
        if (context.Mapping(node, path, "{ db: { image: recipe:postgresql-17 } }") is not { } map)
        {
            return services;
        }

        foreach (var (name, _, value, servicePath) in context.Entries(map, path))
        {
            var service = new ComposeService(name, compose);
            if (context.Mapping(value, servicePath, "{ image: recipe:postgresql-17 }") is { } fields)
            {
                ComposeKeys.Fill(context, fields, servicePath, Fields, service, $"in service '{name}'");
            }

            foreach (var (variable, text) in service.FileEnv)
            {
                service.Options.Env.TryAdd(variable, text);
            }

            if (service.ContainerAlias is { } alias)
            {
                Alias(service.Options.Networks, alias);
            }

            // A value made from a secret (postgres://app:${PGPASSWORD}@db) is secret under whatever name it lands.
            service.Options.SecretEnv.AddRange(service.Options.Env.Where(e => compose.Secrets.IsSecretValue(e.Value)).Select(e => e.Key));

            services.Add(service);
        }

        return services;
    }

    private static FieldReaders<ComposeService> WithOverrides(FieldReaders<ComposeService> fields)
    {
        foreach (var (key, read) in ComposeOverrides.Fields)
        {
            fields.Add(key, read);
        }

        return fields;
    }

    /// <summary><paramref name="alias"/> on each of the service's networks, or on the default one when it names none.</summary>
    private static void Alias(Dictionary<string, List<string>> networks, string alias)
    {
        if (networks.Count == 0)
        {
            networks["default"] = [alias];
        }

        foreach (var aliases in networks.Values.Where(a => !a.Contains(alias)))
        {
            aliases.Add(alias);
        }
    }

    /// <summary>The scenario's path for a Compose key of the same service: <c>services.db.cap-add</c> for <c>services.db.cap_add</c>.</summary>
    public static string Option(string path, string key) => Paths.Child(Paths.Parent(path), key);

    /// <summary>A list, or a string split into words the way Compose splits it (as a POSIX shell would, without expanding anything).</summary>
    private static List<string>? Words(ReadContext context, YamlNode node, string path)
    {
        if (node is not YamlScalarNode || context.Text(node, path) is not { } text)
        {
            return context.TextList(node, path, "[redis-server, --appendonly, \"yes\"]");
        }

        try
        {
            return ShellWords.Split(text);
        }
        catch (FormatException e)
        {
            context.Error(node, path, $"{Paths.Key(path)}: {e.Message}", "close the quote, or write the command as a list: [redis-server, --appendonly, \"yes\"]");
            return null;
        }
    }

    /// <summary>One value or a list of them.</summary>
    private static List<string> OneOrMore(ReadContext context, YamlNode node, string path, string example) =>
        node is YamlScalarNode ? context.Text(node, path) is { } one ? [one] : [] : context.TextList(node, path, example) ?? [];

    /// <summary>
    /// A key giving the member part of the host (the validator lets it through only with --allow-host): listed with the
    /// overrides, so plan, run.json and the reports say what of the host the run handed over.
    /// </summary>
    private static T HostShare<T>(ComposeService service, string key, T value, string what)
    {
        var written = value switch
        {
            string one => one,
            List<string> { Count: > 0 } many => string.Join(", ", many),
            _ => null,
        };
        if (written is not null)
        {
            service.Overrides.Add($"{service.Name}: {key}: {written} kept (host access, --allow-host) — {what}");
        }

        return value;
    }

    /// <summary>Records where a key the scenario spells differently was written, and passes its value on.</summary>
    private static T Renamed<T>(ReadContext context, YamlNode node, string path, string key, T value)
    {
        context.Map.Add(Option(path, key), node);
        return value;
    }
}
