using System.Text.RegularExpressions;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Options;

namespace ChaosBench.Model;

/// <summary>
/// Every check a scenario must pass before it runs, whoever wrote it (YAML or C#). Reports all problems
/// at once, each with its path and a fix.
/// </summary>
public static partial class ScenarioValidator
{
    /// <summary>Every problem of <paramref name="scenario"/>, whose kinds must be those of <paramref name="kinds"/>.</summary>
    /// <param name="host">What of the host the scenario may reach (<see cref="HostAccess"/>); default: <see cref="HostAccess.Default"/>.</param>
    public static IReadOnlyList<ScenarioError> Validate(ScenarioOptions scenario, Vocabulary kinds, HostAccess? host = null)
    {
        var errors = new List<ScenarioError>();
        if (string.IsNullOrWhiteSpace(scenario.Name))
        {
            errors.Add(new("name", "a scenario needs a name", "add e.g. 'name: etcd-kill-member'"));
        }
        else if (!NamePattern().IsMatch(scenario.Name))
        {
            errors.Add(new("name", $"'{scenario.Name}' is not a valid name", "use lowercase letters, digits and dashes, e.g. etcd-kill-member"));
        }

        if (scenario.Duration is not { } duration || duration <= TimeSpan.Zero)
        {
            errors.Add(new("duration", scenario.Duration is null ? "a scenario needs a duration" : "duration must be positive", "add e.g. 'duration: 20s'"));
        }

        if (scenario.Services.Count == 0)
        {
            errors.Add(new("services", "a scenario needs at least one service", "add a service under 'services:', e.g. 'etcd: { image: recipe:etcd-3.4 }'"));
        }

        foreach (var (name, service) in scenario.Services)
        {
            ValidateService($"services.{name}", name, service, kinds, errors);
        }

        foreach (var (secret, i) in scenario.Secrets.Select((s, i) => (s, i)).Where(s => string.IsNullOrWhiteSpace(s.s) || s.s.Any(char.IsWhiteSpace)))
        {
            errors.Add(new($"secrets[{i}]", $"'{secret}' is not a name", "list the names of env variables or saved values, e.g. 'secrets: [DB_PASS]'"));
        }

        ValidateTopology(scenario, errors);
        ValidateImages(scenario, kinds, errors);
        ValidateWorkload(scenario, kinds, errors);
        ValidateTimeline(scenario, kinds, errors);
        ValidateExpectations(scenario, kinds, errors);
        ValidateExternalTargets(scenario, kinds, errors);
        ValidateTrust(scenario, kinds, host ?? HostAccess.Default, errors);
        return errors;
    }

    private static void ValidateService(string path, string name, ServiceOptions service, Vocabulary kinds, List<ScenarioError> errors)
    {
        if (!ServiceNames.IsValid(name))
        {
            errors.Add(new(path, $"'{name}' is not a valid service name", $"use {ServiceNames.Allowed}"));
        }

        if (service.External is not null)
        {
            ValidateExternalService(path, name, service, errors);
            return;
        }

        if (string.IsNullOrWhiteSpace(service.Image))
        {
            errors.Add(new($"{path}.image", "a service needs an image", "add e.g. 'image: recipe:etcd-3.4' or an image reference"));
        }

        if (service.Replicas is < 1 or > 9)
        {
            errors.Add(new($"{path}.replicas", $"replicas must be from 1 to 9, not {service.Replicas}"));
        }

        if (service.Cluster is { } cluster && kinds.Clusters.Find(cluster) is null)
        {
            errors.Add(new($"{path}.cluster", $"unknown cluster kind '{cluster}'", Names.Suggest(cluster, kinds.Clusters.Names)));
        }

        foreach (var (volume, options) in service.Volumes)
        {
            if (!ServiceNames.IsValid(volume))
            {
                errors.Add(new($"{path}.volumes.{volume}", $"'{volume}' is not a valid volume name", $"use {ServiceNames.Allowed}"));
            }

            if (options.Path is not { } mount || !mount.StartsWith('/'))
            {
                errors.Add(new($"{path}.volumes.{volume}", "a volume needs an absolute mount path", $"write e.g. '{volume}: /var/lib/{name}'"));
            }

            if (options.Durability is not ("normal" or "power-loss"))
            {
                errors.Add(new($"{path}.volumes.{volume}.durability", $"unknown durability '{options.Durability}'", Names.Suggest(options.Durability, ["normal", "power-loss"])));
            }

            if (options.Shared && VolumeLayers.Of(options.Durability, options.Faults) == VolumeLayer.Faults)
            {
                errors.Add(new($"{path}.volumes.{volume}.shared", "a shared volume cannot be behind the fault layer: a disk fault hits one member's layer, and the share is every member's", "keep the share without 'faults', or give each member its own volume with 'faults: true'"));
            }

            if (options.Shared && options.Durability == "power-loss")
            {
                errors.Add(new($"{path}.volumes.{volume}.shared", "a shared volume cannot be on the power-loss layer: a power cut hits one member, and the share is every member's", "keep the share normal, or give each member its own power-loss volume"));
            }

            if (options.Writeback is { } writeback && (writeback <= TimeSpan.Zero || options.Durability != "power-loss"))
            {
                errors.Add(new($"{path}.volumes.{volume}.writeback", "writeback is a positive duration, for a volume with durability: power-loss", "add 'durability: power-loss' or remove 'writeback'"));
            }

            if (options.DirectoryDurability is not ("immediate" or "strict"))
            {
                errors.Add(new($"{path}.volumes.{volume}.directory-durability", $"unknown directory-durability '{options.DirectoryDurability}'", Names.Suggest(options.DirectoryDurability, ["immediate", "strict"])));
            }
            else if (options.DirectoryDurability == "strict" && options.Durability != "power-loss")
            {
                errors.Add(new($"{path}.volumes.{volume}.directory-durability", "directory-durability: strict is for a volume with durability: power-loss", "add 'durability: power-loss' or remove 'directory-durability'"));
            }
        }

        if (!service.Verbatim)
        {
            ValidatePlaceholders(path, service, errors);
        }

        if (service.Ready is { } ready)
        {
            var probes = new[] { ready.Http is not null, ready.Exec is not null, ready.Log is not null }.Count(p => p);
            if (probes != 1)
            {
                errors.Add(new($"{path}.ready", "a readiness probe needs exactly one of http, exec or log", "keep one, e.g. 'http: \"http://{self}:2379/health\"'"));
            }

            if (ready.Within <= TimeSpan.Zero)
            {
                errors.Add(new($"{path}.ready.within", "within must be positive"));
            }
        }
    }

    private static void ValidateWorkload(ScenarioOptions scenario, Vocabulary kinds, List<ScenarioError> errors)
    {
        if (scenario.Workload is not { } workload)
        {
            return;
        }

        var kind = kinds.Workloads.Find(workload.Kind);
        if (workload.Kind is null)
        {
            errors.Add(new("workload.kind", "a workload needs a kind", $"add 'kind:' with one of: {string.Join(", ", kinds.Workloads.Names)}"));
        }
        else if (kind is null)
        {
            errors.Add(new("workload.kind", $"unknown workload kind '{workload.Kind}'", Names.Suggest(workload.Kind, kinds.Workloads.Names)));
        }

        if (workload.Target is not { } target)
        {
            errors.Add(new("workload.target", "a workload needs a target service", "add e.g. 'target: etcd'"));
        }
        else if (!scenario.Services.ContainsKey(target) && !scenario.Groups.ContainsKey(target) && scenario.Services.Count > 0)
        {
            errors.Add(new("workload.target", $"no service{(scenario.Groups.Count > 0 ? " or group" : string.Empty)} '{target}'", Names.Suggest(target, [.. scenario.Services.Keys, .. scenario.Groups.Keys])));
        }

        if (workload.Clients is < 1 or > 64)
        {
            errors.Add(new("workload.clients", $"clients must be from 1 to 64, not {workload.Clients}"));
        }

        if (workload.Rate is <= 0 or > 100_000 || double.IsNaN(workload.Rate))
        {
            errors.Add(new("workload.rate", $"rate must be above 0 and at most 100000/s, not {workload.Rate}"));
        }

        if (workload.Keys < 1)
        {
            errors.Add(new("workload.keys", $"keys must be at least 1, not {workload.Keys}"));
        }

        if (kind is not null && KindCheck.OptionsOf(kind.Name, kind.OptionsType, workload.Options ?? OptionsShape.Of(kind.OptionsType).Create(), [.. OptionsShape.Of(kind.OptionsType).Keys], key => Owners(kinds.Workloads, key), "workload", errors) is { } options)
        {
            var check = new KindCheck(scenario, kind.Name, "workload", errors) { Service = workload.Target };
            check.Required(options, shorthand: null);
            kind.Validate(options, check);
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex NamePattern();
}
