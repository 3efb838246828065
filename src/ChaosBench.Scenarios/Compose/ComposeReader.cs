using ChaosBench.Model.Options;
using ChaosBench.Model.Redaction;
using ChaosBench.Scenarios.Reading;
using ChaosBench.Scenarios.Trust;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Compose;

/// <summary>
/// A Compose file into the services and networks it declares: merge keys expanded, values interpolated from the
/// environment and the <c>.env</c> file next to it, services outside the active profiles left out.
/// </summary>
internal static class ComposeReader
{
    public static (string Noun, string Start) Kind { get; } = ("a Compose file", "start with 'services:'; see docs/scenario-format.md#compose-files");

    private static readonly FieldReaders<Top> Fields = new()
    {
        ["services"] = (c, node, path, t) => t.Services = node,
        ["volumes"] = (c, node, path, t) => t.Volumes = Declared(c, node, path, "volume", t.Overrides),
        ["networks"] = (c, node, path, t) => t.Networks = Declared(c, node, path, "network", t.Overrides),
        ["name"] = (c, node, path, t) => t.Overrides.AddRange(c.Text(node, path) is { } name ? [$"name: {name} ignored — each run is a project of its own (cb-RUN), so parallel runs never collide"] : []),

        // Obsolete, and ignored by Compose too.
        ["version"] = (_, _, _, _) => { },
    };

    /// <summary>
    /// The file's services and networks, with the overrides and the unset variables, or null when it is not YAML;
    /// <paramref name="context"/> holds the errors. With <paramref name="strict"/>, an unset variable is an error.
    /// </summary>
    /// <param name="secrets">Told of each value interpolated from a secret; its services' env variables holding one are marked secret.</param>
    /// <param name="folder">The scenario's folder: the <c>.env</c> and <c>env_file</c>s are read only from under it.</param>
    public static ScenarioOptions? Read(ReadContext context, byte[] bytes, Func<string, string?> environment, bool strict, SecretFlow secrets, ScenarioFolder folder)
    {
        if (SourceText.Decode(context, bytes) is not { } text || SourceText.Parse(context, text, Kind) is not { } root)
        {
            return null;
        }

        var directory = Path.GetDirectoryName(context.File) ?? string.Empty;
        var lookup = Lookup(context, directory, environment, secrets, folder);
        MergeKeys.Expand(context, root);
        var unset = strict ? null : new UnsetVariables();
        var failed = ComposeInterpolation.Apply(context, root, lookup, unset, secrets);
        var reported = context.Errors.Count;

        var top = new Top();
        context.Map.Add(string.Empty, root);
        ComposeKeys.Fill(context, root, string.Empty, Fields, top, "at the top level");
        if (top.Services is null)
        {
            context.Error(root, "services", "a Compose file needs services", "add 'services:' with at least one service");
        }

        var names = top.Services is YamlMappingNode map ? map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value!).ToList() : [];
        var compose = new ComposeContext(directory, lookup, names, top.Volumes, top.Networks, secrets, folder);
        var services = top.Services is null ? [] : ComposeServiceReader.ReadAll(context, top.Services, "services", compose);
        var project = Project(context, services, top.Networks, Profiles(lookup("COMPOSE_PROFILES")));
        project.Overrides.InsertRange(0, top.Overrides);
        project.UnsetVariables.AddRange(unset?.Describe(Path.GetFileName(context.File)) ?? []);

        // A value left unexpanded is reported once, for its variable, not again for what it then fails to be.
        var later = context.Errors.Skip(reported).Where(e => e.File != context.File || !failed.Contains(new Position(e.Line, e.Column))).ToList();
        context.Errors.RemoveRange(reported, context.Errors.Count - reported);
        context.Errors.AddRange(later);
        return project;
    }

    /// <summary>The services of the active profiles, and the networks; a dependency on a service left out is an error.</summary>
    private static ScenarioOptions Project(ReadContext context, List<ComposeService> services, List<string> networks, HashSet<string> active)
    {
        var project = new ScenarioOptions { Networks = networks };
        foreach (var service in services.Where(s => s.Profiles.Count == 0 || s.Profiles.Any(active.Contains)))
        {
            project.Services[service.Name] = service.Options;
            project.Overrides.AddRange(service.Overrides);
        }

        foreach (var service in services.Where(s => project.Services.ContainsKey(s.Name)))
        {
            foreach (var dependency in service.Options.DependsOn.Keys.Where(d => !project.Services.ContainsKey(d)).ToList())
            {
                var (_, at) = context.Map.Locate($"services.{service.Name}.depends-on.{dependency}");
                var profiles = string.Join(", ", services.First(s => s.Name == dependency).Profiles);
                context.Errors.Add(new LocatedError(context.File, at.Line, at.Column, $"'{dependency}' does not run: its profiles ({profiles}) are not active", "name one of them in COMPOSE_PROFILES, or remove the dependency"));
                service.Options.DependsOn.Remove(dependency);
            }
        }

        return project;
    }

    /// <summary>The environment first, then the <c>.env</c> file in the Compose file's folder, as Compose looks variables up.</summary>
    private static Func<string, string?> Lookup(ReadContext context, string directory, Func<string, string?> environment, SecretFlow secrets, ScenarioFolder folder)
    {
        var file = Path.Combine(directory, ".env");
        if (File.Exists(file) && folder.Outside(file) is not null)
        {
            // The Compose file is inside the folder, so only a link takes its .env out of it.
            var (message, fix) = folder.Refusal("the .env next to this Compose file,", ".env", file);
            context.Errors.Add(new LocatedError(context.File, 1, 1, message, fix));
            return environment;
        }

        var dotEnv = File.Exists(file) ? DotEnv.Read(context, file, SourceText.Read(file), environment, secrets) : [];
        return name => environment(name) ?? dotEnv.GetValueOrDefault(name);
    }

    /// <summary><c>COMPOSE_PROFILES</c>: profile names, comma-separated.</summary>
    private static HashSet<string> Profiles(string? variable) =>
        (variable ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>Top-level volumes or networks: names, each with nothing, <c>{}</c> or a <c>name</c> (overridden); any other option is unsupported.</summary>
    private static List<string> Declared(ReadContext context, YamlNode node, string path, string kind, List<string> overrides)
    {
        var names = new List<string>();
        if (context.Mapping(node, path, "{ data: {} }") is not { } map)
        {
            return names;
        }

        foreach (var (name, keyNode, value, child) in context.Entries(map, path))
        {
            if (context.Mapping(value, child, "{}") is { } options)
            {
                var fields = new FieldReaders<List<string>> { ["name"] = (c, n, p, o) => ComposeOverrides.Name(c, n, p, o, kind, name) };
                ComposeKeys.Fill(context, options, child, fields, overrides, $"in {kind} '{name}'");
            }

            context.Map.Add(Paths.Item(path, names.Count), keyNode);
            names.Add(name);
        }

        return names;
    }

    private sealed class Top
    {
        public YamlNode? Services { get; set; }

        public List<string> Volumes { get; set; } = [];

        public List<string> Networks { get; set; } = [];

        public List<string> Overrides { get; } = [];
    }
}
