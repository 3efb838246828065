using ChaosBench.Model.History;

namespace ChaosBench.Checkers.Transactions;

/// <summary>
/// What each committed read shows on its own: elements nobody appended (garbage) or a failed transaction
/// appended (G1a), a last element another transaction appended before appending to the list again (G1b), an
/// element twice, and an order the longest read contradicts. With <c>lost</c>, also acknowledged appends no read
/// shows though a read came after them.
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
                findings.Add(AnomalyKinds.IncompatibleOrder, () => new Anomaly(
                    AnomalyKinds.IncompatibleOrder,
                    $"reads of {list.Name} disagree on its order: {read.Reader.Name} read {Text.Of(read.Elements)} and {list.Longest!.Value.Reader.Name} read {Text.Of(longest)}, neither a prefix of the other",
                    [read.Reader.Ref(), list.Longest!.Value.Reader.Ref()],
                    []));
            }

            // A prefix of a longest read without repeats has none either.
            if ((!prefix || longestRepeats) && Repeated(read.Elements) is { } repeated)
            {
                findings.Add(AnomalyKinds.DuplicateElements, () => Direct(
                    AnomalyKinds.DuplicateElements, $"{read.Reader.Name} read {list.Name} as {Text.Of(read.Elements)}, with {repeated} more than once", read.Reader, null));
            }
        }

        if (lost && list.LatestRead is { } latest)
        {
            Lost(list, latest, findings);
        }
    }

    private static void Elements(ListKey list, Reading read, Findings findings)
    {
        var reader = read.Reader;
        foreach (var element in read.Elements)
        {
            if (!list.Appends.TryGetValue(element, out var append))
            {
                findings.Add(AnomalyKinds.GarbageRead, () => Direct(
                    AnomalyKinds.GarbageRead, $"{reader.Name} read {element} in {list.Name}, which no transaction appended", reader, null));
            }
            else if (append.Writer.Outcome == OpType.Fail)
            {
                findings.Add(AnomalyKinds.G1a, () => Direct(
                    AnomalyKinds.G1a, $"{reader.Name} read {element} in {list.Name}, appended by {append.Writer.Name}, which failed: an aborted read", reader, append.Writer));
            }
        }

        if (read.Elements.Count > 0 && list.Appends.TryGetValue(read.Elements[^1], out var last)
            && last.Intermediate && last.Writer != reader && last.Writer.MayHaveCommitted)
        {
            findings.Add(AnomalyKinds.G1b, () => Direct(
                AnomalyKinds.G1b,
                $"{reader.Name} read {list.Name} ending in {read.Elements[^1]}, which {last.Writer.Name} appended before appending to {list.Name} again: an intermediate read",
                reader,
                last.Writer));
        }
    }

    /// <summary>Appends acknowledged before the latest read of the list was invoked that no read shows.</summary>
    private static void Lost(ListKey list, Reading latest, Findings findings)
    {
        foreach (var (element, append) in list.Appends)
        {
            if (append.Writer.Ok && list.PositionOf(element) < 0 && append.Writer.Completed < latest.Reader.Invoked)
            {
                findings.Add(AnomalyKinds.Lost, () => Direct(
                    AnomalyKinds.Lost,
                    $"{append.Writer.Name}'s acknowledged append of {element} to {list.Name} is in no read, though {latest.Reader.Name} read {list.Name} after {append.Writer.Name} completed",
                    latest.Reader,
                    append.Writer));
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

    private static Anomaly Direct(string kind, string explanation, Txn reader, Txn? writer) =>
        new(kind, explanation, writer is null ? [reader.Ref()] : [reader.Ref(), writer.Ref()], []);
}
