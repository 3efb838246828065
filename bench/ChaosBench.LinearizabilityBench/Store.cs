using ChaosBench.Model.History;

namespace ChaosBench.LinearizabilityBench;

/// <summary>The simulated linearizable store: applies the planned operations one at a time, in order of the instant each takes effect.</summary>
internal static class Store
{
    private const double RefusedShare = 0.2;

    public static void Run(Shape shape, Random random, List<Planned> planned)
    {
        var state = new string?[shape.Keys];
        foreach (var op in planned.Where(p => p.AppliedAt is not null).OrderBy(p => p.AppliedAt).ThenBy(p => p.Process))
        {
            switch (op.F)
            {
                case KvFunctions.Read:
                    op.Value = state[op.Key];
                    break;
                case KvFunctions.Write:
                    state[op.Key] = op.Value;
                    break;
                default:
                    if (random.NextDouble() < RefusedShare)
                    {
                        // Expects something the key does not hold: the store refuses it, so it never took effect.
                        op.Expected = $"stale-{op.Value}";
                        (op.Outcome, op.AppliedAt) = (op.Outcome == OpType.Ok ? OpType.Fail : op.Outcome, null);
                        break;
                    }

                    op.Expected = state[op.Key];
                    state[op.Key] = op.Value;
                    break;
            }
        }

        foreach (var op in planned.Where(p => p.F == KvFunctions.Cas && p.AppliedAt is null && p.Expected is null))
        {
            op.Expected = $"stale-{op.Value}";
        }
    }
}
