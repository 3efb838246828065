using ChaosBench.Model.Kinds;

namespace ChaosBench.Model.Planning;

/// <summary>Resolves every seed-driven choice of a scenario's timeline, in order, from one seeded generator.</summary>
public static class Planner
{
    public static Plan Resolve(Scenario scenario, long seed)
    {
        var random = SeededRandom.For(seed, "plan");
        var decisions = new List<Decision>();
        var faults = new List<PlannedFault>();
        PlannedFault? previous = null;
        foreach (var fault in scenario.Faults)
        {
            if (fault.Targeting is not { } targeting)
            {
                // A request hits no member, so 'previous' after it still means the members hit before it.
                faults.Add(new PlannedFault(fault, string.Empty, [], fault.Kind.Subject(fault.Options) ?? string.Empty));
                continue;
            }

            var planned = targeting.Target is null && fault.Kind.OwnMembers(fault.Options) is { Count: > 0 } own
                ? new PlannedFault(fault, scenario.Services.First(s => s.Members.Contains(own[0])).Name, own, fault.Kind.Subject(fault.Options) ?? string.Join(",", own))
                : targeting.Target == TargetOptions.Previous
                ? previous! with { Fault = fault }
                : ResolveTarget(scenario, fault, targeting, random, decisions);
            var service = planned.Service;
            previous = planned with { Of = scenario.Services.FirstOrDefault(s => s.Name == service) };
            faults.Add(previous);
        }

        return new Plan(scenario.Name, seed, scenario.Duration, faults, decisions);
    }

    private static PlannedFault ResolveTarget(Scenario scenario, Fault fault, TargetOptions targeting, Random random, List<Decision> decisions)
    {
        // A target is a service, a group of services (their members together), or one member.
        var name = targeting.Target!;
        var members = scenario.ServicesIn(name).SelectMany(s => s.Members).ToList();
        if (members.Count == 0)
        {
            var service = scenario.Services.First(s => s.Members.Contains(name));
            return new PlannedFault(fault, service.Name, [name], name);
        }

        if (fault.Kind.HitsAllAtOnce(fault.Options))
        {
            return new PlannedFault(fault, name, members, name);
        }

        if (targeting.Pick == TargetOptions.Rolling)
        {
            return new PlannedFault(fault, name, members, $"{string.Join(",", members)} one at a time, each ready before the next");
        }

        var repair = fault.Kind.Repairs;
        if (repair || targeting.Pick == "all" || members.Count == 1)
        {
            // A repair aimed at a service repairs whichever of its members the fault is in effect on.
            return new PlannedFault(fault, name, members, repair && members.Count > 1 ? $"{name} (every affected member)" : string.Join(",", members));
        }

        if (targeting.Pick == "leader")
        {
            return new PlannedFault(fault, name, [], $"{name} leader (chosen at run time)");
        }

        var chosen = int.TryParse(targeting.Pick, out var number) ? members[number - 1] : members[random.Next(members.Count)];
        if (targeting.Pick == "random")
        {
            decisions.Add(new Decision($"faults[{fault.Index}] {fault.Kind.Name} target", chosen, members));
        }

        return new PlannedFault(fault, name, [chosen], chosen);
    }
}
