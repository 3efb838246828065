namespace ChaosBench.Checkers.Transactions;

/// <summary>
/// What the history says about one list: who appended each element, every committed read of it, and the
/// version order inferred from the longest read (Elle's inference: appends are unique and a list only grows,
/// so a read of <c>[1 2 3]</c> says the list was <c>[]</c>, <c>[1]</c>, <c>[1 2]</c>, then <c>[1 2 3]</c>).
/// </summary>
internal sealed class ListKey(string name)
{
    private readonly Dictionary<string, int> _position = new(StringComparer.Ordinal);
    private readonly List<(Txn Writer, string Element)> _unobserved = [];

    public string Name => name;

    /// <summary>Each element appended to the list, by every transaction, failed ones included.</summary>
    public Dictionary<string, Append> Appends { get; } = new(StringComparer.Ordinal);

    /// <summary>Every read of the list by a committed transaction, in history order.</summary>
    public List<Reading> Reads { get; } = [];

    /// <summary>The longest read; every other read must be a prefix of it.</summary>
    public Reading? Longest { get; private set; }

    /// <summary>The version order: the longest read's elements, each at its first place.</summary>
    public IReadOnlyList<string> Order { get; private set; } = [];

    /// <summary>Appends no read shows, by transactions that may have committed: they came after the whole order.</summary>
    public IReadOnlyList<(Txn Writer, string Element)> Unobserved => _unobserved;

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

    /// <summary>Fixes the version order once every read is in.</summary>
    public void Seal()
    {
        var order = new List<string>();
        foreach (var element in Longest?.Elements ?? [])
        {
            if (_position.TryAdd(element, order.Count))
            {
                order.Add(element);
            }
        }

        Order = order;
        foreach (var (element, append) in Appends)
        {
            if (append.Writer.MayHaveCommitted && !_position.ContainsKey(element))
            {
                _unobserved.Add((append.Writer, element));
            }
        }
    }

    /// <summary>Where <paramref name="element"/> is in the version order; -1 when no read shows it.</summary>
    public int PositionOf(string element) => _position.GetValueOrDefault(element, -1);

    /// <summary>
    /// The appends that came right after the state <paramref name="elements"/> shows, which its reader therefore
    /// did not see: the next element of the version order, skipping the rest of the last element's writer's own
    /// appends (a transaction's versions count as one, as in Adya's model); after the whole order, every append
    /// no read shows. Nothing for a read whose last element is not in the order (garbage, or a disagreeing order).
    /// </summary>
    public IEnumerable<(Txn Writer, string Element)> After(IReadOnlyList<string> elements)
    {
        var last = elements.Count > 0 ? elements[^1] : null;
        var position = last is null ? -1 : PositionOf(last);
        if (last is not null && position < 0)
        {
            yield break;
        }

        var writer = last is null ? null : WriterOf(last);
        var next = position + 1;
        while (next < Order.Count && writer is not null && WriterOf(Order[next]) == writer)
        {
            next++;
        }

        if (next < Order.Count)
        {
            if (WriterOf(Order[next]) is { } following)
            {
                yield return (following, Order[next]);
            }

            yield break;
        }

        foreach (var unseen in _unobserved.Where(u => u.Writer != writer))
        {
            yield return unseen;
        }
    }

    public Txn? WriterOf(string element) => Appends.TryGetValue(element, out var append) ? append.Writer : null;

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

/// <summary>One element's append: by whom, and whether the same transaction appended to the list again after it.</summary>
internal readonly record struct Append(Txn Writer, bool Intermediate);

/// <summary>One committed read of a list.</summary>
internal readonly record struct Reading(Txn Reader, IReadOnlyList<string> Elements);
