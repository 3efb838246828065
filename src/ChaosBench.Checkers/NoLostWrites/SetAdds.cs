using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers.NoLostWrites;

/// <summary>
/// <c>no-lost-writes</c> over sets: every acknowledged <c>add</c> is a member of its set's <c>final-read-set</c>,
/// no element whose add failed (or that was never added) is; indeterminate adds may be either, and are counted apart.
/// </summary>
internal static class SetAdds
{
    private const int Examples = 10;

    public static Verdict Check(Expectation expectation, IReadOnlyList<Op> ops, IReadOnlyList<TimelineEntry> crashes)
    {
        var adds = WriteTimeline.From(ops, SetFunctions.Add);
        var finals = ops.Where(o => o.F == SetFunctions.FinalRead && o.Type == OpType.Ok && o.Key is not null)
            .GroupBy(o => o.Key!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => SetFunctions.Split(g.Last().Value).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var lost = new List<Write>();
        var unexpected = new List<string>();
        var unread = new List<string>();
        var indeterminatePresent = 0;
        foreach (var (set, setAdds) in adds.ByKey)
        {
            if (!finals.TryGetValue(set, out var members))
            {
                unread.Add(set);
                continue;
            }

            lost.AddRange(setAdds.Where(a => a.Outcome == OpType.Ok && !members.Contains(a.Value!)));
            var mayBeThere = setAdds.Where(a => a.Outcome != OpType.Fail).Select(a => a.Value).ToHashSet(StringComparer.Ordinal);
            unexpected.AddRange(members.Where(m => !mayBeThere.Contains(m)).Order(StringComparer.Ordinal).Select(m => $"{set}+{m}"));
            indeterminatePresent += setAdds.Count(a => a.Outcome == OpType.Info && members.Contains(a.Value!));
        }

        var window = LossWindow.Judge(expectation.OptionsAs<NoLostWritesOptions>().LossWindow, crashes, lost);
        var evidence = new Dictionary<string, object?>
        {
            ["acknowledged-adds"] = adds.Count(OpType.Ok),
            ["failed-adds"] = adds.Count(OpType.Fail),
            ["indeterminate-adds"] = adds.Count(OpType.Info),
            ["indeterminate-adds-present"] = indeterminatePresent,
            ["sets-read"] = finals.Count,
            ["members-read"] = finals.Values.Sum(m => m.Count),
            ["lost"] = lost.Count,
            ["lost-examples"] = lost.Take(Examples).Select(Label).ToList(),
            ["unexpected"] = unexpected.Count,
            ["unexpected-examples"] = unexpected.Take(Examples).ToList(),
            ["unread-sets"] = unread.Count,
        };
        window.AddEvidence(evidence, Label);
        if (adds.Count(OpType.Ok) == 0 && unexpected.Count == 0)
        {
            return NothingAcknowledged.Of(expectation, "add", adds.Count(OpType.Fail), adds.Count(OpType.Info), evidence);
        }

        var passed = window.Unexcused.Count == 0 && unexpected.Count == 0 && unread.Count == 0 && finals.Count > 0;
        var summary = passed
            ? window.Excused("adds") ?? $"all {adds.Count(OpType.Ok)} acknowledged adds present after recovery ({adds.Count(OpType.Info)} indeterminate, {indeterminatePresent} of them present){window.NoneExcused()}"
            : finals.Count == 0
                ? "no final reads of the set: nothing could be verified"
                : $"{lost.Count} acknowledged adds lost{window.Outside(Label)}, {unexpected.Count} unexpected members, {unread.Count} sets not read back";
        return new Verdict(expectation.ToString(), passed ? VerdictStatus.Passed : VerdictStatus.Failed, summary, evidence);
    }

    private static string Label(Write add) => $"{add.Key}+{add.Value}";
}
