using ChaosBench.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Compose;

/// <summary>
/// The keys of a service whose effect the harness must own (container names, restarts, how a container stops, how
/// many run, seccomp and AppArmor): read, overridden, and each override listed in words a QA engineer reads, so a
/// vendor's file runs unedited and the run still does not quietly differ from it. Anything these keys could say
/// that the harness cannot honour (<c>scale: 3</c>, a seccomp profile of its own) stays an error.
/// </summary>
internal static class ComposeOverrides
{
    /// <summary><c>security_opt</c> entries that only loosen confinement for the product: the harness keeps the engine's defaults.</summary>
    private static readonly HashSet<string> Loosening = new(StringComparer.Ordinal)
    {
        "seccomp:unconfined", "seccomp=unconfined", "apparmor:unconfined", "apparmor=unconfined",
        "no-new-privileges", "no-new-privileges:true", "no-new-privileges=true", "no-new-privileges:false", "no-new-privileges=false",
    };

    private static readonly FieldReaders<ComposeService> DeployFields = new()
    {
        ["replicas"] = (c, node, path, s) => One(c, node, path, s, "deploy.replicas"),
    };

    public static FieldReaders<ComposeService> Fields { get; } = new()
    {
        ["container_name"] = ContainerName,
        ["hostname"] = (c, node, path, s) => Ignored(c, node, path, s, "hostname", $"its host name is {s.Name}, the service's name"),
        ["restart"] = (c, node, path, s) => Ignored(c, node, path, s, "restart", "the fault timeline decides restarts"),
        ["stop_grace_period"] = (c, node, path, s) => Ignored(c, node, path, s, "stop_grace_period", "faults decide how a container stops (stop, kill: { signal: TERM })"),
        ["stop_signal"] = (c, node, path, s) => Ignored(c, node, path, s, "stop_signal", "faults decide which signal stops a container (kill: { signal: ... })"),
        ["scale"] = (c, node, path, s) => One(c, node, path, s, "scale"),
        ["deploy"] = Deploy,
        ["security_opt"] = SecurityOptions,
    };

    /// <summary>A top-level volume's or network's <c>name</c>: the harness creates each run's own, so parallel runs never share one.</summary>
    public static void Name(ReadContext context, YamlNode node, string path, List<string> overrides, string kind, string name)
    {
        if (context.Text(node, path) is { } written)
        {
            var engine = kind == "network" ? (name == "default" ? "cb-RUN" : $"cb-RUN-{name}") : $"cb-RUN-shared-{name}";
            overrides.Add($"{kind} {name}: name: {written} ignored — the {kind} is created per run ({engine}), so parallel runs never share it");
        }
    }

    /// <summary>The container is named per run; a name other than the service's stays a network alias, as Compose makes it resolvable.</summary>
    private static void ContainerName(ReadContext context, YamlNode node, string path, ComposeService service)
    {
        if (context.Text(node, path) is not { } name)
        {
            return;
        }

        var reached = name == service.Name ? $"services reach it as {name}" : $"{name} stays a network alias, so services reach it by either name";
        if (name != service.Name)
        {
            service.ContainerAlias = name;
        }

        service.Overrides.Add($"{service.Name}: container_name: {name} ignored — the container is named per run (cb-RUN-{service.Name}); {reached}");
    }

    private static void Ignored(ReadContext context, YamlNode node, string path, ComposeService service, string key, string why)
    {
        if (context.Text(node, path) is { } written)
        {
            service.Overrides.Add($"{service.Name}: {key}: {written} ignored — {why}");
        }
    }

    /// <summary><c>scale: 1</c> or <c>deploy.replicas: 1</c> is what the harness does anyway; more is an error.</summary>
    private static void One(ReadContext context, YamlNode node, string path, ComposeService service, string key)
    {
        switch (context.Whole<int>(node, path))
        {
            case null:
                return;
            case 1:
                service.Overrides.Add($"{service.Name}: {key}: 1 read — one container, as the harness runs every Compose service");
                return;
            case var count:
                context.Error(node, path, $"{key}: {count} is not supported: one container per Compose service", "write one service per member and address them together with the scenario's 'groups:'");
                return;
        }
    }

    private static void Deploy(ReadContext context, YamlNode node, string path, ComposeService service)
    {
        if (context.Mapping(node, path, "{ replicas: 1 }") is { } map)
        {
            ComposeKeys.Fill(context, map, path, DeployFields, service, $"in deploy of service '{service.Name}'", DeployReasons);
        }
    }

    private static readonly Dictionary<string, string> DeployReasons = new(StringComparer.Ordinal)
    {
        ["resources"] = "the harness does not limit or reserve resources: remove it",
        ["restart_policy"] = "the fault timeline decides restarts: remove it",
    };

    private static void SecurityOptions(ReadContext context, YamlNode node, string path, ComposeService service)
    {
        foreach (var (item, itemPath) in context.Items(node, path, "- seccomp:unconfined"))
        {
            if (context.Text(item, itemPath) is not { } option)
            {
                continue;
            }

            if (Loosening.Contains(option))
            {
                service.Overrides.Add($"{service.Name}: security_opt: {option} ignored — the product runs under the engine's default seccomp and AppArmor profiles");
            }
            else
            {
                context.Error(item, itemPath, $"security_opt '{option}' is not supported: the harness keeps the engine's confinement", "remove it; only seccomp:unconfined, apparmor:unconfined and no-new-privileges are read (and ignored)");
            }
        }
    }
}
