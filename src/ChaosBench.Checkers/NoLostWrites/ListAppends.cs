using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers.NoLostWrites;

/// <summary>
/// <c>no-lost-writes</c> over lists: every acknowledged <c>append</c> is in its list's <c>final-read-list</c>,
/// no element whose append failed (or that was never appended) is, and none is there twice; indeterminate
/// appends may be either, and are counted apart. Order holds too: when one acknowledged append completed
/// before another was invoked, its element comes first in the list.
/// </summary>
internal static class ListAppends
{
    private const int Examples = 10;

    public static Verdict Check(Expectation expectation, IReadOnlyList<Op> ops, IReadOnlyList<TimelineEntry> crashes)
    {
        var appends = WriteTimeline.From(ops, ListFunctions.Append);
        var finals = ops.Where(o => o.F == ListFunctions.FinalRead && o.Type == OpType.Ok && o.Key is not null)
            .GroupBy(o => o.Key!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => ListFunctions.Split(g.Last().Value), StringComparer.Ordinal);
        var lost = new List<Write>();
        var unexpected = new List<string>();
        var duplicates = new List<string>();
        var disordered = new List<string>();
        var unread = new List<string>();
        var indeterminatePresent = 0;
        foreach (var (list, listAppends) in appends.ByKey)
        {
            if (!finals.TryGetValue(list, out var elements))
            {
                unread.Add(list);
                continue;
            }

            // The first occurrence places an element; a second one is reported as a duplicate.
            var position = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < elements.Count; i++)
            {
                if (!position.TryAdd(elements[i], i))
                {
                    duplicates.Add($"{list}+{elements[i]}");
                }
            }

            lost.AddRange(listAppends.Where(a => a.Outcome == OpType.Ok && !position.ContainsKey(a.Value!)));
            var mayBeThere = listAppends.Where(a => a.Outcome != OpType.Fail).Select(a => a.Value).ToHashSet(StringComparer.Ordinal);
            unexpected.AddRange(position.Keys.Where(e => !mayBeThere.Contains(e)).Select(e => $"{list}+{e}"));
            indeterminatePresent += listAppends.Count(a => a.Outcome == OpType.Info && position.ContainsKey(a.Value!));
            var present = listAppends.Where(a => a.Outcome == OpType.Ok && position.ContainsKey(a.Value!)).OrderBy(a => position[a.Value!]).ToList();
            disordered.AddRange(OrderViolations(present).Select(v => $"{list}: {v}"));
        }

        var window = LossWindow.Judge(expectation.OptionsAs<NoLostWritesOptions>().LossWindow, crashes, lost);
        var evidence = new Dictionary<string, object?>
        {
            ["acknowledged-appends"] = appends.Count(OpType.Ok),
            ["failed-appends"] = appends.Count(OpType.Fail),
            ["indeterminate-appends"] = appends.Count(OpType.Info),
            ["indeterminate-appends-present"] = indeterminatePresent,
            ["lists-read"] = finals.Count,
            ["elements-read"] = finals.Values.Sum(e => e.Count),
            ["lost"] = lost.Count,
            ["lost-examples"] = lost.Take(Examples).Select(Label).ToList(),
            ["unexpected"] = unexpected.Count,
            ["unexpected-examples"] = unexpected.Take(Examples).ToList(),
            ["duplicates"] = duplicates.Count,
            ["duplicate-examples"] = duplicates.Take(Examples).ToList(),
            ["order-violations"] = disordered.Count,
            ["order-violation-examples"] = disordered.Take(Examples).ToList(),
            ["unread-lists"] = unread.Count,
        };
        window.AddEvidence(evidence, Label);
        if (appends.Count(OpType.Ok) == 0 && unexpected.Count == 0)
        {
            return NothingAcknowledged.Of(expectation, "append", appends.Count(OpType.Fail), appends.Count(OpType.Info), evidence);
        }

        var passed = window.Unexcused.Count == 0 && unexpected.Count == 0 && duplicates.Count == 0 && disordered.Count == 0 && unread.Count == 0 && finals.Count > 0;
        var summary = passed
            ? window.Excused("appends") ?? $"all {appends.Count(OpType.Ok)} acknowledged appends present and in order after recovery ({appends.Count(OpType.Info)} indeterminate, {indeterminatePresent} of them present){window.NoneExcused()}"
            : finals.Count == 0
                ? "no final reads of the list: nothing could be verified"
                : $"{lost.Count} acknowledged appends lost{window.Outside(Label)}, {unexpected.Count} unexpected elements, {duplicates.Count} duplicates, {disordered.Count} order violations, {unread.Count} lists not read back";
        return new Verdict(expectation.ToString(), passed ? VerdictStatus.Passed : VerdictStatus.Failed, summary, evidence);
    }

    private static string Label(Write append) => $"{append.Key}+{append.Value}";

    /// <summary>
    /// Each append placed before one that completed before it was invoked, given the acknowledged appends in
    /// list order: walking from the end, the earliest completion seen so far is the strongest witness.
    /// </summary>
    private static IEnumerable<string> OrderViolations(IReadOnlyList<Write> inListOrder)
    {
        Write? earliestLater = null;
        var found = new List<string>();
        for (var i = inListOrder.Count - 1; i >= 0; i--)
        {
            var append = inListOrder[i];
            if (earliestLater is not null && earliestLater.Completed < append.Invoked)
            {
                found.Add($"{append.Value} before {earliestLater.Value}, though {earliestLater.Value} completed at {earliestLater.Completed.TotalSeconds:0.000}s and {append.Value} was invoked at {append.Invoked.TotalSeconds:0.000}s");
            }

            if (earliestLater is null || append.Completed < earliestLater.Completed)
            {
                earliestLater = append;
            }
        }

        found.Reverse();
        return found;
    }
}
