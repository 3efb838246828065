using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChaosBench.Checkers.Transactions;

/// <summary>
/// What the history says about one list: who appended each element, every committed read of it, and the
/// version order inferred from the longest read (Elle's inference: appends are unique and a list only grows,
/// so a read of <c>[1 2 3]</c> says the list was <c>[]</c>, <c>[1]</c>, <c>[1 2]</c>, then <c>[1 2 3]</c>).
/// </summary>
internal sealed class ListKey(string name)
{
    private List<(Txn Writer, string Element)>? _unobserved;

    public string Name => name;

    /// <summary>Each element appended to the list, by every transaction, failed ones included, with its place in the order once sealed.</summary>
    public Dictionary<string, Append> Appends { get; } = new(StringComparer.Ordinal);

    /// <summary>Every read of the list by a committed transaction, in history order.</summary>
    public List<Reading> Reads { get; } = [];

    /// <summary>The longest read; every other read must be a prefix of it.</summary>
    public Reading? Longest { get; private set; }

    /// <summary>The version order: the longest read's elements, each at its first place.</summary>
    public IReadOnlyList<string> Order { get; private set; } = [];

    /// <summary>Appends no read shows, by transactions that may have committed: they came after the whole order.</summary>
    public IReadOnlyList<(Txn Writer, string Element)> Unobserved => _unobserved ?? [];

    /// <summary>The read invoked last, against which an acknowledged append nobody saw counts as lost.</summary>
    public Reading? LatestRead { get; private set; }

    public void Read(Txn reader, IReadOnlyList<string> elements)
    {
        var reading = new Reading(reader, elements);
        Reads.Add(reading);
        if (Longest is null || elements.Count > Longest.Value.Elements.Count)
        {
            Longest = reading;
        }

        if (LatestRead is null || reader.Invoked > LatestRead.Value.Reader.Invoked)
        {
            LatestRead = reading;
        }
    }

    /// <summary>Fixes the version order once every read is in, and notes each appended element's place in it.</summary>
    public void Seal()
    {
        var longest = Longest?.Elements ?? [];
        var order = longest;
        for (var i = 0; i < longest.Count; i++)
        {
            ref var append = ref CollectionsMarshal.GetValueRefOrNullRef(Appends, longest[i]);
            if (Unsafe.IsNullRef(ref append))
            {
                continue;
            }

            if (append.Position >= 0)
            {
                // Repeated: the order keeps each element at its first place only (reported as duplicate elements).
                order = Distinct(longest);
                break;
            }

            append = append with { Position = i };
        }

        Order = order;
        foreach (var (element, append) in Appends)
        {
            if (append.Writer.MayHaveCommitted && append.Position < 0)
            {
                (_unobserved ??= []).Add((append.Writer, element));
            }
        }
    }

    /// <summary>Where <paramref name="element"/> is in the version order; -1 when no read shows it, or nobody appended it.</summary>
    public int PositionOf(string element) => Appends.TryGetValue(element, out var append) ? append.Position : -1;

    /// <summary>
    /// The appends that came right after the state <paramref name="elements"/> shows, which its reader therefore
    /// did not see (<see cref="Next"/>), with their elements.
    /// </summary>
    public IEnumerable<(Txn Writer, string Element)> After(IReadOnlyList<string> elements)
    {
        var next = Next(elements, out var writer);
        if (next < 0)
        {
            yield break;
        }

        if (next < Order.Count)
        {
            if (WriterOf(Order[next]) is { } following)
            {
                yield return (following, Order[next]);
            }

            yield break;
        }

        foreach (var unseen in Unobserved.Where(u => u.Writer != writer))
        {
            yield return unseen;
        }
    }

    /// <summary>
    /// Where in the version order the append right after the state <paramref name="elements"/> shows is: after its
    /// last element, skipping the rest of that element's writer's own appends (a transaction's versions count as
    /// one, as in Adya's model). <see cref="Order"/>'s count when that is past the end, where every append no read
    /// shows (<see cref="Unobserved"/>) follows, except the writer's own; -1 when the last element is not in the
    /// order (garbage, or a disagreeing order), which relates the read to nothing.
    /// </summary>
    public int Next(IReadOnlyList<string> elements, out Txn? writer)
    {
        writer = null;
        if (elements.Count == 0)
        {
            return 0;
        }

        var position = PositionOf(elements[^1]);
        if (position < 0)
        {
            return -1;
        }

        writer = WriterOf(elements[^1]);
        var next = position + 1;
        while (next < Order.Count && writer is not null && WriterOf(Order[next]) == writer)
        {
            next++;
        }

        return next;
    }

    public Txn? WriterOf(string element) => Appends.TryGetValue(element, out var append) ? append.Writer : null;

    /// <summary>The elements each at its first place, their appends' positions renumbered to match.</summary>
    private List<string> Distinct(IReadOnlyList<string> longest)
    {
        var order = new List<string>(longest.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in longest.Where(seen.Add))
        {
            ref var append = ref CollectionsMarshal.GetValueRefOrNullRef(Appends, element);
            if (!Unsafe.IsNullRef(ref append))
            {
                append = append with { Position = order.Count };
            }

            order.Add(element);
        }

        return order;
    }

    /// <summary>
    /// The element appended just before <paramref name="element"/>: null when it was the first. An element no read
    /// shows came after every element some read shows, so its predecessor is the last of the order.
    /// </summary>
    public string? Before(string element) => PositionOf(element) switch
    {
        0 => null,
        > 0 and var position => Order[position - 1],
        _ => Order.Count == 0 ? null : Order[^1],
    };
}

/// <summary>
/// One element's append: by whom, whether the same transaction appended to the list again after it, and its
/// place in the version order (-1 while unknown, and for an element no read shows).
/// </summary>
internal readonly record struct Append(Txn Writer, bool Intermediate, int Position = -1);

/// <summary>One committed read of a list.</summary>
internal readonly record struct Reading(Txn Reader, IReadOnlyList<string> Elements);
