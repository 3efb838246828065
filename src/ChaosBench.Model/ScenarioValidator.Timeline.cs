using ChaosBench.Model.Kinds;
using ChaosBench.Model.Options;

namespace ChaosBench.Model;

/// <summary>The fault timeline: kinds, times, targets, the kinds' own checks, and whether each repair has something to repair.</summary>
public static partial class ScenarioValidator
{
    private static void ValidateTimeline(ScenarioOptions scenario, Vocabulary kinds, List<ScenarioError> errors)
    {
        // What each service has outstanding, in fault order, so "start" after nothing stopped is caught.
        var outstanding = new Dictionary<string, List<MemberState>>();
        var saved = new HashSet<string>(StringComparer.Ordinal);
        FaultOptions? previous = null;
        string? previousService = null;
        var last = TimeSpan.Zero;
        for (var i = 0; i < scenario.Faults.Count; i++)
        {
            var fault = scenario.Faults[i];
            var name = fault.Kind ?? string.Empty;
            var path = $"faults[{i}]";
            if (kinds.Faults.Find(name) is not { } kind)
            {
                errors.Add(new(path, $"unknown fault '{name}'", Names.Suggest(name, kinds.Faults.Names)));

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
            path = $"{path}.{name}";
            if (KindCheck.OptionsOf(name, kind.OptionsType, fault.Options, FaultKeys.Of(kind), _ => FaultKeys.Takes(kind), path, errors) is not { } options)
            {
                continue;
            }

            ValidateTiming(fault, kind, path, errors);
            var targeting = options as TargetOptions;
            var service = targeting is null ? null
                : targeting.Target is null && kind.OwnMembers(options) is { Count: > 0 } own ? ServiceOfAll(scenario, own)
                : ValidateTarget(scenario, targeting, previous, targeting.Target == TargetOptions.Previous ? previousService : null, path, errors);
            ValidateRolling(kinds, kind, targeting, path, errors);
            var check = new KindCheck(scenario, name, path, errors) { Saved = saved, Service = service };
            check.Required(options, shorthand: null);
            kind.Validate(options, check);
            if (targeting is null)
            {
                // A request names its service in its URL; 'previous' after it still means the members hit before it.
                continue;
            }

            if (service is not null && kind.NeedsLayer != VolumeLayer.None && !ServicesIn(scenario, service).All(s => s.Volumes.Values.Any(v => VolumeLayers.Of(v.Durability, v.Faults) >= kind.NeedsLayer)))
            {
                errors.Add(kind.NeedsLayer == VolumeLayer.PowerLoss
                    ? new(path, $"{name} {(kind.IsCrash ? "drops unsynced writes" : "acts through the power-loss layer")}, and no volume of {service} is on the power-loss layer", $"declare its data volume with 'durability: power-loss', e.g. volumes: {{ data: {{ path: /var/lib/{service}, durability: power-loss }} }}")
                    : new(path, $"{name} acts through the FUSE layer, and no volume of {service} is behind it", $"declare its data volume with 'faults: true' (or 'durability: power-loss'), e.g. volumes: {{ data: {{ path: /var/lib/{service}, faults: true }} }}"));
            }

            if (service is not null)
            {
                ValidateRepair(kind, fault, options, service, outstanding, path, errors);
            }

            previous = fault;
            previousService = service;
        }
    }

    /// <summary><c>for</c> and <c>when-log</c>, which the timeline reads: each only where the kind takes it.</summary>
    private static void ValidateTiming(FaultOptions fault, IFaultKind kind, string path, List<ScenarioError> errors)
    {
        foreach (var (key, given) in new[] { (FaultKeys.For, fault.For is not null), (FaultKeys.WhenLog, fault.WhenLog is not null) })
        {
            if (given && !FaultKeys.Of(kind).Contains(key))
            {
                errors.Add(new($"{path}.{key}", $"{kind.Name} takes no '{key}'", FaultKeys.Takes(kind)));
            }
        }

        ValidateRegex(fault.WhenLog, $"{path}.{FaultKeys.WhenLog}", errors);
        if (fault.For is { } duration && duration <= TimeSpan.Zero)
        {
            errors.Add(new($"{path}.{FaultKeys.For}", "'for' must be positive"));
        }
    }

    /// <summary>The service the fault hits, or null when its target is wrong.</summary>
    private static string? ValidateTarget(ScenarioOptions scenario, TargetOptions fault, FaultOptions? previous, string? previousService, string path, List<ScenarioError> errors)
    {
        if (fault.Target is not { } target)
        {
            errors.Add(new($"{path}.target", "a fault needs a target", "add e.g. 'target: etcd' or 'target: previous'"));
            return null;
        }

        if (target == TargetOptions.Previous)
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
            var members = scenario.Services.SelectMany(s => Members.Of(s.Key, s.Value.Replicas)).Concat(scenario.Services.Keys).Concat(scenario.Groups.Keys).Append(TargetOptions.Previous).Distinct().ToList();
            errors.Add(new($"{path}.target", $"no service{(scenario.Groups.Count > 0 ? ", group" : string.Empty)} or member '{target}'", Names.Suggest(target, members)));
            return null;
        }

        var pick = fault.Pick;
        var replicas = MembersIn(scenario, service).Count;
        var clustered = ServicesIn(scenario, service) is [{ Cluster: not null }];
        var valid = pick is "random" or "all" or TargetOptions.Rolling || (int.TryParse(pick, out var n) && n >= 1 && n <= replicas) || (pick == "leader" && clustered);
        if (!valid)
        {
            var members = replicas == 1 ? "1 replica" : $"{replicas} replicas";
            errors.Add(new($"{path}.pick", $"cannot pick '{pick}' of {service} ({members}{(clustered ? string.Empty : ", no cluster")})", $"use random, all{(clustered ? ", leader" : string.Empty)} or a member number from 1 to {replicas}"));
        }

        return service;
    }

    /// <summary><c>pick: rolling</c> waits for each member's recovery before the next: only kinds that roll have one.</summary>
    private static void ValidateRolling(Vocabulary kinds, IFaultKind kind, TargetOptions? fault, string path, List<ScenarioError> errors)
    {
        if (fault?.Pick == TargetOptions.Rolling && !kind.Rolls)
        {
            var rolling = kinds.Faults.Where(k => k.Rolls).Select(k => k.Name).ToList();
            errors.Add(new($"{path}.pick", $"{kind.Name} cannot pick 'rolling': it brings no member back to wait for{(rolling.Count > 0 ? $"; {string.Join(", ", rolling)} can" : string.Empty)}", "use random, all, or a member number"));
        }
    }

    /// <summary>Repairs need something to repair; delete-path, bitflip and truncate need their target stopped.</summary>
    private static void ValidateRepair(IFaultKind kind, FaultOptions fault, object options, string service, Dictionary<string, List<MemberState>> outstanding, string path, List<ScenarioError> errors)
    {
        var state = outstanding.TryGetValue(service, out var s) ? s : outstanding[service] = [];
        if (kind.Needs is { } needs && !state.Contains(needs))
        {
            var word = OptionsShape.KebabCase(needs.ToString());
            errors.Add(new(path, $"{kind.Name} needs a {word} member of {service} at this point, and none is", $"add a fault that leaves it {word} before this one"));
        }
        else if (kind.Needs is { } repaired && kind.Repairs)
        {
            state.Remove(repaired);
        }

        if (fault.For is null && kind.Leaves(options) is { } leaves)
        {
            state.Add(leaves);
        }
    }

    /// <summary>The one service of members a fault names itself (a partition's sides); null when they are not all of one (the kind says why).</summary>
    private static string? ServiceOfAll(ScenarioOptions scenario, IReadOnlyList<string> members) =>
        members.Select(m => ServiceOf(scenario, m)).Distinct().ToList() is [{ } one] && !scenario.Services.ContainsKey(members[0]) ? one : null;

    /// <summary>The service whose member <paramref name="target"/> would be were its number in range (<c>etcd-4</c> of three).</summary>
    private static string? NumberedMemberOf(ScenarioOptions scenario, string target) =>
        scenario.Services.Keys.FirstOrDefault(s => target.StartsWith(s + "-", StringComparison.Ordinal) && int.TryParse(target[(s.Length + 1)..], out _));

    /// <summary>
    /// Each fault aimed at members, with the service (or group) it hits: <c>previous</c> is the one the last such fault
    /// hit, which a step without a target (a request) leaves as it was. Null when the target names none.
    /// </summary>
    internal static IEnumerable<(int Index, FaultOptions Fault, string? Service)> ServicesHit(ScenarioOptions scenario, Vocabulary kinds)
    {
        string? previous = null;
        for (var i = 0; i < scenario.Faults.Count; i++)
        {
            var fault = scenario.Faults[i];
            if (kinds.Faults.Find(fault.Kind) is not null && fault.Options is TargetOptions { Target: { } target })
            {
                previous = target == TargetOptions.Previous ? previous : ServiceOf(scenario, target);
                yield return (i, fault, previous);
            }
        }
    }

    /// <summary>The service (or group) <paramref name="target"/> names or is a member of; null when it is unknown.</summary>
    internal static string? ServiceOf(ScenarioOptions scenario, string target) =>
        scenario.Services.ContainsKey(target) || scenario.Groups.ContainsKey(target)
            ? target
            : scenario.Services.FirstOrDefault(s => Members.Of(s.Key, s.Value.Replicas).Contains(target)).Key;
}
