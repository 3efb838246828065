using System.ComponentModel;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Workloads;

/// <summary>
/// The operation mix of a register workload (<c>etcd-kv</c>, <c>redis-kv</c>, <c>postgresql-kv</c>): which share of the
/// operations during the run are reads and compare-and-sets; the rest are writes.
/// </summary>
public class KvOptions
{
    /// <summary>The share of operations that read a key during the run. Default: 0 (writes only, read back after recovery).</summary>
    [Description("the share of operations that read a key during the run (0 to 1); default 0: writes only")]
    [Share]
    [Example("0.5")]
    public double Reads { get; set; }

    /// <summary>The share of operations that compare-and-set a key from the value the client last saw. Default: 0.</summary>
    [Description("the share of operations that compare-and-set a key from the value the client last saw (0 to 1); default 0")]
    [Share]
    [Example("0.1")]
    public double Cas { get; set; }

    /// <summary>
    /// The members (or services) that serve the reads during the run, e.g. a member cut off from the others or an
    /// asynchronous replica; writes, compare-and-sets and the final read still go to the target's members. Default:
    /// none, every operation goes to the target.
    /// </summary>
    [Description("the members (or services) that serve the reads during the run, e.g. [etcd-1] cut off from the others, or a replica; writes go to the target; default: the target's members")]
    [Example("[etcd-1]")]
    public List<string>? ReadsFrom { get; set; }

    /// <summary>The checks every register workload makes, a team's own too: reads and compare-and-sets leave room for nothing else past 1.</summary>
    public static void Check(KvOptions options, KindCheck check)
    {
        if (options.Reads + options.Cas > 1)
        {
            check.Error("reads", $"reads ({options.Reads}) and cas ({options.Cas}) add up to more than 1", "make them share at most 1, e.g. 'reads: 0.5' and 'cas: 0.1'; the rest are writes");
        }

        if (options.ReadsFrom is { } from)
        {
            CheckReadsFrom(from, options.Reads, check);
        }
    }

    private static void CheckReadsFrom(List<string> from, double reads, KindCheck check)
    {
        if (reads == 0)
        {
            check.Error("reads-from", "'reads-from' names where reads go, but the workload reads nothing during the run", "add e.g. 'reads: 0.5'");
        }

        var names = check.Scenario.Services.SelectMany(s => Members.Of(s.Key, s.Value.Replicas).Append(s.Key)).ToHashSet(StringComparer.Ordinal);
        foreach (var name in from.Where(n => !names.Contains(n)))
        {
            check.Error("reads-from", $"no member or service '{name}'", Names.Suggest(name, names));
        }
    }
}
