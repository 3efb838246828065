using System.Text.RegularExpressions;
using ChaosBench.Model.Options;

namespace ChaosBench.Model;

/// <summary>How services fit together: groups, start order, networks, and what each container is given.</summary>
public static partial class ScenarioValidator
{
    private static void ValidateTopology(ScenarioOptions scenario, List<ScenarioError> errors)
    {
        foreach (var (name, service) in scenario.Services.Where(s => s.Value.External is null))
        {
            ValidateContainer(scenario, $"services.{name}", service, errors);
        }

        for (var i = 0; i < scenario.Networks.Count; i++)
        {
            if (!ServiceNames.IsValid(scenario.Networks[i]))
            {
                errors.Add(new($"networks[{i}]", $"'{scenario.Networks[i]}' is not a valid network name", $"use {ServiceNames.Allowed}"));
            }
        }

        ValidateStartOrder(scenario, errors);
        ValidateGroups(scenario, errors);
    }

    private static void ValidateContainer(ScenarioOptions scenario, string path, ServiceOptions service, List<ScenarioError> errors)
    {
        foreach (var (network, _) in service.Networks.Where(n => n.Key != "default" && !scenario.Networks.Contains(n.Key)))
        {
            errors.Add(new($"{path}.networks.{network}", $"no network '{network}'", scenario.Networks.Count > 0 ? Names.Suggest(network, scenario.Networks) : "declare it under the scenario's (or the Compose file's) top-level 'networks:'"));
        }

        foreach (var port in service.Ports.Where(p => !PortPattern().IsMatch(p)))
        {
            errors.Add(new($"{path}.ports", $"'{port}' is not a container port", "write the port inside the container, e.g. '80' or '53/udp'; the harness publishes it on 127.0.0.1 at a port the engine picks"));
        }

        foreach (var label in service.Labels.Keys.Where(l => l.StartsWith("chaosbench.", StringComparison.Ordinal)))
        {
            errors.Add(new($"{path}.labels.{label}", $"the label '{label}' is the harness's own: it finds and removes the run's containers by its chaosbench.* labels", "rename the label"));
        }

        foreach (var bind in service.Binds.Where(b => b.Source is not { } s || !s.StartsWith('/') || b.Target is not { } t || !t.StartsWith('/')))
        {
            errors.Add(new($"{path}.volumes", $"a bind mount needs absolute paths on both sides, not '{bind.Source}:{bind.Target}'", "write e.g. './config:/etc/app', relative to the Compose file"));
        }

        foreach (var capability in service.CapAdd.Where(c => !CapabilityPattern().IsMatch(c)))
        {
            errors.Add(new($"{path}.cap_add", $"'{capability}' is not a Linux capability", "write e.g. 'NET_ADMIN'"));
        }
    }

    /// <summary>Dependencies name services this scenario runs, with a known condition, and never loop.</summary>
    private static void ValidateStartOrder(ScenarioOptions scenario, List<ScenarioError> errors)
    {
        foreach (var (name, service) in scenario.Services)
        {
            foreach (var (dependency, condition) in service.DependsOn)
            {
                var path = $"services.{name}.depends_on.{dependency}";
                if (!scenario.Services.TryGetValue(dependency, out var other))
                {
                    errors.Add(new(path, $"{name} depends on '{dependency}', and there is no such service", Names.Suggest(dependency, [.. scenario.Services.Keys.Where(k => k != name)])));
                }
                else if (other.External is not null)
                {
                    errors.Add(new(path, $"{name} depends on external service '{dependency}': {ExternalReach}, so the harness cannot order it", "remove the dependency"));
                }
                else if (condition == DependencyConditions.Healthy && other.Ready is null && other.Cluster is null)
                {
                    // Compose refuses this too: without a probe, "healthy" would silently mean "running".
                    errors.Add(new(path, $"{name} waits for '{dependency}' to be healthy, and {dependency} has no readiness probe", $"give {dependency} a healthcheck (or 'ready:'), or wait for it to be started"));
                }

                if (!DependencyConditions.All.Contains(condition))
                {
                    errors.Add(new($"{path}.condition", $"unknown condition '{condition}'", Names.Suggest(condition, [.. DependencyConditions.All])));
                }
            }
        }

        if (DependencyCycle(scenario) is { } cycle)
        {
            errors.Add(new($"services.{cycle[0]}.depends_on", $"the services depend on each other in a circle: {string.Join(" → ", cycle)}", "remove one of these dependencies"));
        }
    }

    /// <summary>The first circle of dependencies found, beginning and ending with the same service; null when there is none.</summary>
    private static List<string>? DependencyCycle(ScenarioOptions scenario)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in scenario.Services.Keys)
        {
            var path = new List<string>();
            if (Visit(start) is { } cycle)
            {
                return cycle;
            }

            List<string>? Visit(string name)
            {
                if (path.IndexOf(name) is var at and >= 0)
                {
                    return [.. path[at..], name];
                }

                if (!done.Add(name) || !scenario.Services.TryGetValue(name, out var service))
                {
                    return null;
                }

                path.Add(name);
                var found = service.DependsOn.Keys.Select(Visit).FirstOrDefault(c => c is not null);
                path.RemoveAt(path.Count - 1);
                return found;
            }
        }

        return null;
    }

    private static void ValidateGroups(ScenarioOptions scenario, List<ScenarioError> errors)
    {
        var members = scenario.Services.SelectMany(s => Members.Of(s.Key, s.Value.Replicas)).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, services) in scenario.Groups)
        {
            var path = $"groups.{name}";
            if (!NamePattern().IsMatch(name))
            {
                errors.Add(new(path, $"'{name}' is not a valid group name", "use lowercase letters, digits and dashes"));
            }
            else if (scenario.Services.ContainsKey(name) || members.Contains(name))
            {
                errors.Add(new(path, $"'{name}' already names a service or member, so a target '{name}' would be ambiguous", "give the group another name"));
            }

            if (services.Count == 0)
            {
                errors.Add(new(path, $"group '{name}' has no services", $"list them, e.g. '{name}: [{name}-1, {name}-2, {name}-3]'"));
            }

            for (var i = 0; i < services.Count; i++)
            {
                if (!scenario.Services.TryGetValue(services[i], out var service))
                {
                    errors.Add(new($"{path}[{i}]", $"group '{name}' lists '{services[i]}', and there is no such service", Names.Suggest(services[i], scenario.Services.Keys)));
                }
                else if (service.External is not null)
                {
                    errors.Add(new($"{path}[{i}]", $"group '{name}' lists external service '{services[i]}': {ExternalReach}", "group only services this scenario runs"));
                }
                else if (services.IndexOf(services[i]) < i)
                {
                    errors.Add(new($"{path}[{i}]", $"group '{name}' lists '{services[i]}' twice", "keep one"));
                }
            }
        }
    }

    /// <summary>The services a target name stands for: a group's (those that exist), or the one service.</summary>
    private static List<ServiceOptions> ServicesIn(ScenarioOptions scenario, string name) =>
        scenario.Groups.TryGetValue(name, out var group)
            ? group.Where(scenario.Services.ContainsKey).Select(s => scenario.Services[s]).ToList()
            : scenario.Services.TryGetValue(name, out var service) ? [service] : [];

    /// <summary>The members a target name stands for, as <see cref="ServicesIn"/> but by member.</summary>
    private static List<string> MembersIn(ScenarioOptions scenario, string name) =>
        scenario.Groups.TryGetValue(name, out var group)
            ? group.Where(scenario.Services.ContainsKey).SelectMany(s => Members.Of(s, scenario.Services[s].Replicas)).ToList()
            : scenario.Services.TryGetValue(name, out var service) ? [.. Members.Of(name, service.Replicas)] : [];

    [GeneratedRegex("^[0-9]{1,5}(/(tcp|udp|sctp))?$")]
    private static partial Regex PortPattern();

    [GeneratedRegex("^(CAP_)?[A-Z_]+$")]
    private static partial Regex CapabilityPattern();
}
