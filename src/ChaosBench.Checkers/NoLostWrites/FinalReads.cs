using ChaosBench.Model.History;

namespace ChaosBench.Checkers.NoLostWrites;

/// <summary>The value each key held after recovery, from the <c>final-read</c> ops (null: the key was absent).</summary>
internal static class FinalReads
{
    public const string Function = KvFunctions.FinalRead;

    public static Dictionary<string, string?> From(IReadOnlyList<Op> ops) =>
        ops.Where(o => o.F == Function && o.Type == OpType.Ok && o.Key is not null)
            .GroupBy(o => o.Key!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
}
