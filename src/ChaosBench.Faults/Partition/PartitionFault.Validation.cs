using ChaosBench.Faults.Links;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Partition;

/// <summary>Which of the partition's forms is given, and whether its members exist.</summary>
public sealed partial class PartitionFault
{
    protected override void Validate(PartitionOptions options, KindCheck check)
    {
        var forms = new[] { options.Between is not null, options.Shape is not null, options.From is not null || options.To is not null }.Count(f => f);
        if (forms > 1)
        {
            check.Error(null, "a partition takes one of 'between', 'shape' or 'from'/'to'", "keep one, e.g. 'between: [[etcd-1], [etcd-2, etcd-3]]'");
            return;
        }

        if ((options.Between is not null || options.From is not null || options.To is not null) && options.Target is not null)
        {
            check.Error("target", "a partition with 'between' or 'from'/'to' names its members there, so it takes no 'target'", "remove 'target'");
        }

        if (options.Between is { } sides)
        {
            ValidateSides(sides, check);
            RefusePeerLinks(sides.SelectMany(s => s).FirstOrDefault(), "between", check);
        }
        else if (options.From is not null || options.To is not null)
        {
            ValidateOneWay(options, check);
            RefusePeerLinks(options.From, "from", check);
        }
        else if (options.Shape is { } shape)
        {
            ValidateShape(options, shape, check);
            RefusePeerLinks(options.Target, "shape", check);
        }
    }

    /// <summary>
    /// Rules drawn between members' addresses cannot cut peer links (<c>latency: { from: ... }</c>): members then
    /// reach each other through the harness's proxies on the network's gateway, so a receiver sees the gateway's
    /// address, never the sender's, and the partition would silently cut nothing.
    /// </summary>
    private static void RefusePeerLinks(string? member, string key, KindCheck check)
    {
        var service = member is null ? null : check.ServiceOf(member);
        var link = check.Scenario.Faults.FindIndex(f => f.Options is LinkOptions { From: { } from } && check.ServiceOf(from) == service);
        if (service is not null && link >= 0)
        {
            check.Error(key, $"faults[{link}] routes {service}'s peer traffic through the harness's link proxies, which rules between members' addresses cannot cut", $"cut peer links with a link fault instead (e.g. 'timeout: {{ target: {service}, from: {service} }}' stops all of it), or disconnect a member with 'partition: {{ target: ... }}'");
        }
    }

    private static void ValidateSides(List<List<string>> sides, KindCheck check)
    {
        if (sides.Count < 2 || sides.Any(s => s.Count == 0))
        {
            check.Error("between", "'between' needs at least two sides, each with a member", "e.g. 'between: [[etcd-1], [etcd-2, etcd-3]]'");
            return;
        }

        var names = sides.SelectMany(s => s).ToList();
        if (names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            check.Error("between", $"{twice.Key} is on more than one side", "name each member on one side only");
        }

        ValidateMembers(names, "between", check);
    }

    private static void ValidateOneWay(PartitionOptions options, KindCheck check)
    {
        if (options.From is null || options.To is null)
        {
            check.Error(options.From is null ? "from" : "to", "a one-way partition needs both 'from' and 'to'", "e.g. 'from: etcd-1, to: etcd-2'");
            return;
        }

        if (options.From == options.To)
        {
            check.Error("to", $"'from' and 'to' are both {options.From}", "name two members");
        }

        ValidateMembers([options.From, options.To], "from", check);
    }

    private static void ValidateShape(PartitionOptions options, PartitionShapeName shape, KindCheck check)
    {
        if (options.Target is not { } target || !check.Scenario.Services.TryGetValue(target, out var service))
        {
            check.Error("target", "a partition's 'shape' splits the members of one service", "aim it at a service, e.g. 'target: etcd'");
            return;
        }

        if (service.Replicas < 2)
        {
            check.Error("shape", $"{target} has one member: there is nothing to split", "give it 'replicas: 3'");
        }
        else if (shape is PartitionShapeName.Bridge or PartitionShapeName.Ring && service.Replicas < 3)
        {
            check.Error("shape", $"{OptionsShape.KebabCase(shape.ToString())} needs at least three members, and {target} has {service.Replicas}", "give it 'replicas: 3', or use 'halves'");
        }

        if (shape == PartitionShapeName.IsolateLeader && service.Cluster is null)
        {
            check.Error("shape", $"isolate-leader needs the leader, and only a cluster kind names it; {target} has no 'cluster'", "use 'between' with the member you mean, or declare e.g. 'cluster: etcd'");
        }
    }

    /// <summary>Every name is a member of the scenario, and all of one service (the rules are drawn within one deployment).</summary>
    private static void ValidateMembers(IReadOnlyList<string> names, string key, KindCheck check)
    {
        var owners = check.Scenario.Services.SelectMany(s => Members.Of(s.Key, s.Value.Replicas).Select(m => (Member: m, Service: s.Key))).ToDictionary(p => p.Member, p => p.Service);
        foreach (var name in names.Where(n => !owners.ContainsKey(n)))
        {
            check.Error(key, $"no member '{name}'", Names.Suggest(name, owners.Keys));
        }

        if (names.Where(owners.ContainsKey).Select(n => owners[n]).Distinct().Count() > 1)
        {
            check.Error(key, "a partition's members must all be of one service", "name members of one service");
        }
    }
}
