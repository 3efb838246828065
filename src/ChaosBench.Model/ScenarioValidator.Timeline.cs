using ChaosBench.Model.Options;

namespace ChaosBench.Model;

/// <summary>The fault timeline: kinds, targets, parameters, and whether each repair has something to repair.</summary>
public static partial class ScenarioValidator
{
    private static void ValidateTimeline(ScenarioOptions scenario, List<ScenarioError> errors)
    {
        // What each service has outstanding, in fault order, so "start" after nothing stopped is caught.
        var outstanding = new Dictionary<string, List<string>>();
        var saved = new HashSet<string>(StringComparer.Ordinal);
        FaultOptions? previous = null;
        string? previousService = null;
        var last = TimeSpan.Zero;
        for (var i = 0; i < scenario.Faults.Count; i++)
        {
            var fault = scenario.Faults[i];
            var kind = fault.Kind ?? string.Empty;
            var path = $"faults[{i}]";
            if (!FaultKinds.All.Contains(kind))
            {
                errors.Add(new(path, $"unknown fault '{kind}'", Names.Suggest(kind, [.. FaultKinds.All])));

                // It still is the previous fault: a 'previous' after it must not read as the first fault.
                previous = fault;
                previousService = null;
                continue;
            }

            var at = fault.At ?? TimeSpan.Zero;
            if (fault.At is null)
            {
                errors.Add(new($"{path}.at", "a fault needs 'at'", "add e.g. 'at: 5s'"));
            }
            else if (at < last)
            {
                errors.Add(new($"{path}.at", $"faults must be in time order: {Durations.Format(at)} comes before the previous fault's {Durations.Format(last)}", "reorder the faults"));
            }
            else if (scenario.Duration is { } duration && at + (fault.For ?? TimeSpan.Zero) >= duration)
            {
                errors.Add(new($"{path}.at", $"the fault ends at {Durations.Format(at + (fault.For ?? TimeSpan.Zero))}, at or after the scenario's end at {Durations.Format(duration)}", "move it earlier or make 'duration' longer"));
            }

            last = at > last ? at : last;
            ValidateParameters(fault, kind, $"{path}.{kind}", errors);
            ValidateStep(scenario, fault, kind, $"{path}.{kind}", saved, errors);
            if (!FaultKinds.TargetsMembers(kind))
            {
                // A request names its service in its URL; 'previous' after it still means the members hit before it.
                continue;
            }

            var service = fault.Target == "previous" ? previousService : null;
            service = ValidateTarget(scenario, fault, previous, service, $"{path}.{kind}", errors);
            if (service is not null && FaultKinds.NeedsPowerLossVolume(kind) && !ServicesIn(scenario, service).All(s => s.Volumes.Values.Any(v => v.Durability == "power-loss")))
            {
                errors.Add(new($"{path}.{kind}", $"{kind} drops unsynced writes, and no volume of {service} is on the power-loss layer", $"declare its data volume with 'durability: power-loss', e.g. volumes: {{ data: {{ path: /var/lib/{service}, durability: power-loss }} }}"));
            }

            if (service is not null)
            {
                ValidateRepair(kind, fault, service, outstanding, $"{path}.{kind}", errors);
            }

            previous = fault;
            previousService = service;
        }
    }

    /// <summary>The service the fault hits, or null when its target is wrong.</summary>
    private static string? ValidateTarget(ScenarioOptions scenario, FaultOptions fault, FaultOptions? previous, string? previousService, string path, List<ScenarioError> errors)
    {
        if (fault.Target is not { } target)
        {
            errors.Add(new($"{path}.target", "a fault needs a target", "add e.g. 'target: etcd' or 'target: previous'"));
            return null;
        }

        if (target == "previous")
        {
            if (previous is null)
            {
                errors.Add(new($"{path}.target", "'previous' names the members the previous fault hit, and this is the first fault", "name a service"));
            }

            return previousService;
        }

        // Without services every name would be unknown; "needs at least one service" says it once.
        if (scenario.Services.Count == 0)
        {
            return null;
        }

        var service = ServiceOf(scenario, target);
        if (service is null && NumberedMemberOf(scenario, target) is { } owner)
        {
            errors.Add(new($"{path}.target", $"{owner} has no member '{target}'", $"its members are {string.Join(", ", Members.Of(owner, scenario.Services[owner].Replicas))}"));
            return null;
        }

        if (service is null)
        {
            var members = scenario.Services.SelectMany(s => Members.Of(s.Key, s.Value.Replicas)).Concat(scenario.Services.Keys).Concat(scenario.Groups.Keys).Append("previous").Distinct().ToList();
            errors.Add(new($"{path}.target", $"no service{(scenario.Groups.Count > 0 ? ", group" : string.Empty)} or member '{target}'", Names.Suggest(target, members)));
            return null;
        }

        if (fault.Pick is { } pick)
        {
            var replicas = MembersIn(scenario, service).Count;
            var clustered = ServicesIn(scenario, service) is [{ Cluster: not null }];
            var valid = pick is "random" or "all" || (int.TryParse(pick, out var n) && n >= 1 && n <= replicas) || (pick == "leader" && clustered);
            if (!valid)
            {
                var members = replicas == 1 ? "1 replica" : $"{replicas} replicas";
                errors.Add(new($"{path}.pick", $"cannot pick '{pick}' of {service} ({members}{(clustered ? string.Empty : ", no cluster")})", $"use random, all{(clustered ? ", leader" : string.Empty)} or a member number from 1 to {replicas}"));
            }
        }

        return service;
    }

    private static void ValidateParameters(FaultOptions fault, string kind, string path, List<ScenarioError> errors)
    {
        var accepted = FaultKinds.ParametersOf(kind);
        var given = new Dictionary<string, object?>
        {
            ["signal"] = fault.Signal, ["path"] = fault.Path, ["to"] = fault.To, ["for"] = fault.For, ["when-log"] = fault.WhenLog,
            ["args"] = fault.Args.Count > 0 ? fault.Args : null, ["may-fail"] = fault.MayFail, ["command"] = fault.Command, ["exit"] = fault.Exit,
            ["match"] = fault.Match, ["save"] = fault.Save.Count > 0 ? fault.Save : null, ["within"] = fault.Within, ["url"] = fault.Url,
            ["method"] = fault.Method, ["body"] = fault.Body, ["headers"] = fault.Headers.Count > 0 ? fault.Headers : null, ["status"] = fault.Status.Count > 0 ? fault.Status : null,
        };
        foreach (var name in given.Where(p => p.Value is not null && !accepted.Contains(p.Key)).Select(p => p.Key))
        {
            var takes = FaultKinds.TargetsMembers(kind) ? accepted.Prepend("pick").Prepend("target") : accepted;
            errors.Add(new($"{path}.{name}", $"{kind} takes no '{name}'", $"{kind} takes {string.Join(", ", takes)}"));
        }

        if (fault.Signal is { } signal && Signals.Normalize(signal) is null)
        {
            var name = signal.ToUpperInvariant();
            errors.Add(new($"{path}.signal", $"unknown signal '{signal}'", Names.Suggest(name.StartsWith("SIG", StringComparison.Ordinal) ? name[3..] : name, [.. Signals.All])));
        }

        if (FaultKinds.ChangesStoppedFile(kind) && (fault.Path is not { } p || !p.StartsWith('/')))
        {
            errors.Add(new($"{path}.path", $"{kind} needs an absolute 'path' inside one of the service's volumes", "add e.g. 'path: /var/lib/etcd/member'"));
        }

        if (kind == FaultKinds.TornWrite && fault.Path is { } under && !under.StartsWith('/'))
        {
            errors.Add(new($"{path}.path", "torn-write's 'path' must be absolute", "write it as the product sees it, e.g. '/var/lib/etcd/member/wal'"));
        }

        if (kind == FaultKinds.VersionHop && string.IsNullOrWhiteSpace(fault.To))
        {
            errors.Add(new($"{path}.to", "version-hop needs 'to': the image to hop to", "add e.g. 'to: recipe:etcd-3.5'"));
        }

        if (fault.For is { } duration && duration <= TimeSpan.Zero)
        {
            errors.Add(new($"{path}.for", "'for' must be positive"));
        }
    }

    /// <summary>Repairs need something to repair; delete-path, bitflip and truncate need their target stopped.</summary>
    private static void ValidateRepair(string kind, FaultOptions fault, string service, Dictionary<string, List<string>> outstanding, string path, List<ScenarioError> errors)
    {
        var state = outstanding.TryGetValue(service, out var s) ? s : outstanding[service] = [];
        var (needs, repairs) = kind switch
        {
            FaultKinds.Start => ("stopped", true),
            FaultKinds.Resume => ("paused", true),
            FaultKinds.Heal => ("partitioned", true),
            FaultKinds.DeletePath or FaultKinds.Bitflip or FaultKinds.Truncate => ("stopped", false),
            _ => (null, false),
        };
        if (needs is not null && !state.Contains(needs))
        {
            errors.Add(new(path, $"{kind} needs a {needs} member of {service} at this point, and none is", $"add a fault that leaves it {needs} before this one"));
        }
        else if (repairs)
        {
            state.Remove(needs!);
        }

        var leaves = kind switch
        {
            FaultKinds.Kill or FaultKinds.Stop or FaultKinds.PowerLoss or FaultKinds.TornWrite => "stopped",
            FaultKinds.Pause => "paused",
            FaultKinds.Partition => "partitioned",
            _ => null,
        };
        if (leaves is not null && fault.For is null && !(kind == FaultKinds.Kill && Signals.Normalize(fault.Signal ?? "KILL") is not ("KILL" or "TERM" or "INT" or "QUIT" or "ABRT" or "SEGV")))
        {
            state.Add(leaves);
        }
    }

    /// <summary>The service whose member <paramref name="target"/> would be were its number in range (<c>etcd-4</c> of three).</summary>
    private static string? NumberedMemberOf(ScenarioOptions scenario, string target) =>
        scenario.Services.Keys.FirstOrDefault(s => target.StartsWith(s + "-", StringComparison.Ordinal) && int.TryParse(target[(s.Length + 1)..], out _));

    /// <summary>The service (or group) <paramref name="target"/> names or is a member of; null when it is unknown.</summary>
    private static string? ServiceOf(ScenarioOptions scenario, string target) =>
        scenario.Services.ContainsKey(target) || scenario.Groups.ContainsKey(target)
            ? target
            : scenario.Services.FirstOrDefault(s => Members.Of(s.Key, s.Value.Replicas).Contains(target)).Key;
}
