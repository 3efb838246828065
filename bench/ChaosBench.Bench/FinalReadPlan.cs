using ChaosBench.Model.History;
using ChaosBench.Model.Planning;

namespace ChaosBench.Bench;

/// <summary>
/// What each written key's final read shows: the store's last applied write; in the lossy variant, a few keys
/// instead lose data the way a fault loses it, and the acknowledged writes that loss destroys are counted.
/// </summary>
internal sealed class FinalReadPlan
{
    /// <summary>Keys of each kind of loss, per 500 keys (at least one of each).</summary>
    private const int KeysPerLoss = 500;

    private FinalReadPlan(string?[] values, bool[] written, int lost)
    {
        Values = values;
        Written = written;
        Lost = lost;
    }

    /// <summary>The value each key's final read returns (null: absent).</summary>
    public string?[] Values { get; }

    /// <summary>Whether a key was written at all; only those are read back, as the workload does.</summary>
    public bool[] Written { get; }

    /// <summary>Acknowledged writes the planted losses destroy.</summary>
    public int Lost { get; }

    public static FinalReadPlan For(List<PlannedWrite> writes, int keys, long seed, bool lossy)
    {
        var last = new int[keys];
        var firstAcked = new int[keys];
        var acked = new int[keys];
        var written = new bool[keys];
        Array.Fill(last, -1);
        Array.Fill(firstAcked, -1);
        for (var i = 0; i < writes.Count; i++)
        {
            var w = writes[i];
            written[w.Key] = true;
            if (w.Applied && (last[w.Key] < 0 || w.AppliedAt > writes[last[w.Key]].AppliedAt))
            {
                last[w.Key] = i;
            }

            if (w.Outcome == OpType.Ok)
            {
                acked[w.Key]++;
                if (firstAcked[w.Key] < 0 || w.Completed < writes[firstAcked[w.Key]].Completed)
                {
                    firstAcked[w.Key] = i;
                }
            }
        }

        var values = new string?[keys];
        for (var k = 0; k < keys; k++)
        {
            values[k] = last[k] < 0 ? null : writes[last[k]].Value;
        }

        return new FinalReadPlan(values, written, lossy ? PlantLosses(writes, values, acked, firstAcked, seed) : 0);
    }

    /// <summary>
    /// Wipes some keys (read back absent: every acknowledged write on them is lost) and rolls others back to their
    /// first acknowledged value, choosing only keys whose every other acknowledged write started after that one
    /// completed, so each of those is certainly lost.
    /// </summary>
    private static int PlantLosses(List<PlannedWrite> writes, string?[] values, int[] acked, int[] firstAcked, long seed)
    {
        var keys = values.Length;
        var rollbackable = new bool[keys];
        for (var k = 0; k < keys; k++)
        {
            rollbackable[k] = acked[k] >= 2;
        }

        for (var i = 0; i < writes.Count; i++)
        {
            var w = writes[i];
            if (w.Outcome == OpType.Ok && i != firstAcked[w.Key] && w.Invoked <= writes[firstAcked[w.Key]].Completed)
            {
                rollbackable[w.Key] = false;
            }
        }

        var order = Enumerable.Range(0, keys).ToArray();
        SeededRandom.For(seed, "losses").Shuffle(order);
        var (wiped, rolledBack, lost, target) = (0, 0, 0, Math.Max(1, keys / KeysPerLoss));
        foreach (var k in order)
        {
            if (wiped < target && acked[k] > 0)
            {
                values[k] = null;
                lost += acked[k];
                wiped++;
            }
            else if (rolledBack < target && rollbackable[k])
            {
                values[k] = writes[firstAcked[k]].Value;
                lost += acked[k] - 1;
                rolledBack++;
            }
        }

        return wiped == target && rolledBack == target ? lost : throw new InvalidOperationException($"only {wiped} keys to wipe and {rolledBack} to roll back, {target} of each wanted");
    }
}
