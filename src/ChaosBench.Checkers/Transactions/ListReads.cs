using ChaosBench.Model.History;

namespace ChaosBench.Checkers.Transactions;

/// <summary>
/// What each committed read shows on its own: elements nobody appended (garbage) or a failed transaction
/// appended (G1a), a last element another transaction appended before appending to the list again (G1b), an
/// element twice, and an order the longest read contradicts. With <c>lost</c>, also acknowledged appends no read
/// shows though a read came after them. Each report is built in a method of its own: a lambda in the loops would
/// capture their variables, and cost an allocation per element read whether anything is wrong or not.
/// </summary>
internal static class ListReads
{
    public static void Check(ListKey list, bool lost, Findings findings)
    {
        var longest = list.Longest?.Elements ?? [];
        var longestRepeats = list.Order.Count != longest.Count;
        var disagreed = false;
        foreach (var read in list.Reads)
        {
            Elements(list, read, findings);
            var prefix = IsPrefix(read.Elements, longest);
            if (!prefix && !disagreed)
            {
                // One example per list: every later read of it would repeat the same disagreement.
                disagreed = true;
                Disagreement(list, read, findings);
            }

            // A prefix of a longest read without repeats has none either.
            if ((!prefix || longestRepeats) && Repeated(read.Elements) is { } repeated)
            {
                Report(findings, AnomalyKinds.DuplicateElements, $"{read.Reader.Name} read {list.Name} as {Text.Of(read.Elements)}, with {repeated} more than once", read.Reader, null);
            }
        }

        if (lost && list.LatestRead is { } latest)
        {
            Lost(list, latest, findings);
        }
    }

    private static void Elements(ListKey list, Reading read, Findings findings)
    {
        var elements = read.Elements;
        for (var i = 0; i < elements.Count; i++)
        {
            if (!list.Appends.TryGetValue(elements[i], out var append))
            {
                Report(findings, AnomalyKinds.GarbageRead, $"{read.Reader.Name} read {elements[i]} in {list.Name}, which no transaction appended", read.Reader, null);
            }
            else if (append.Writer.Outcome == OpType.Fail)
            {
                Report(findings, AnomalyKinds.G1a, $"{read.Reader.Name} read {elements[i]} in {list.Name}, appended by {append.Writer.Name}, which failed: an aborted read", read.Reader, append.Writer);
            }
        }

        if (elements.Count > 0 && list.Appends.TryGetValue(elements[^1], out var last)
            && last.Intermediate && last.Writer != read.Reader && last.Writer.MayHaveCommitted)
        {
            Report(
                findings,
                AnomalyKinds.G1b,
                $"{read.Reader.Name} read {list.Name} ending in {elements[^1]}, which {last.Writer.Name} appended before appending to {list.Name} again: an intermediate read",
                read.Reader,
                last.Writer);
        }
    }

    private static void Disagreement(ListKey list, Reading read, Findings findings)
    {
        var longest = list.Longest!.Value;
        findings.Add(AnomalyKinds.IncompatibleOrder, () => new Anomaly(
            AnomalyKinds.IncompatibleOrder,
            $"reads of {list.Name} disagree on its order: {read.Reader.Name} read {Text.Of(read.Elements)} and {longest.Reader.Name} read {Text.Of(longest.Elements)}, neither a prefix of the other",
            [read.Reader.Ref(), longest.Reader.Ref()],
            []));
    }

    /// <summary>Appends acknowledged before the latest read of the list was invoked that no read shows.</summary>
    private static void Lost(ListKey list, Reading latest, Findings findings)
    {
        foreach (var (element, append) in list.Appends)
        {
            if (append.Writer.Ok && list.PositionOf(element) < 0 && append.Writer.Completed < latest.Reader.Invoked)
            {
                Report(
                    findings,
                    AnomalyKinds.Lost,
                    $"{append.Writer.Name}'s acknowledged append of {element} to {list.Name} is in no read, though {latest.Reader.Name} read {list.Name} after {append.Writer.Name} completed",
                    latest.Reader,
                    append.Writer);
            }
        }
    }

    private static bool IsPrefix(IReadOnlyList<string> elements, IReadOnlyList<string> longest)
    {
        if (elements.Count > longest.Count)
        {
            return false;
        }

        for (var i = 0; i < elements.Count; i++)
        {
            if (!string.Equals(elements[i], longest[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string? Repeated(IReadOnlyList<string> elements)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return elements.FirstOrDefault(e => !seen.Add(e));
    }

    /// <summary>Counts an anomaly found directly: the reader first, then the writer when there is one.</summary>
    private static void Report(Findings findings, string kind, string explanation, Txn reader, Txn? writer) =>
        findings.Add(kind, () => new Anomaly(kind, explanation, writer is null ? [reader.Ref()] : [reader.Ref(), writer.Ref()], []));
}
