namespace ChaosBench.Checkers.Transactions;

/// <summary>
/// The anomalies <see cref="TransactionChecker"/> finds, named as Adya and Elle name them. Cycles in the
/// dependency graph: <see cref="G0"/> (write-write only), <see cref="G1c"/> (write-write and write-read),
/// <see cref="GSingle"/> (exactly one read-write anti-dependency), <see cref="G2Item"/> (two or more); a cycle
/// that needs a real-time edge gets the suffix <see cref="RealtimeSuffix"/>. Found directly: aborted reads
/// (<see cref="G1a"/>), intermediate reads (<see cref="G1b"/>), and the ways a list can be corrupt.
/// </summary>
public static class AnomalyKinds
{
    public const string G0 = "G0";
    public const string G1a = "G1a";
    public const string G1b = "G1b";
    public const string G1c = "G1c";
    public const string GSingle = "G-single";
    public const string G2Item = "G2-item";

    /// <summary>A transaction read a list other than its own earlier reads and appends make it.</summary>
    public const string Internal = "internal";

    /// <summary>A read holds the same element twice, though every element is appended once.</summary>
    public const string DuplicateElements = "duplicate-elements";

    /// <summary>Two reads of a list disagree on the order of its elements: neither is a prefix of the other.</summary>
    public const string IncompatibleOrder = "incompatible-order";

    /// <summary>A read holds an element no transaction appended to that list.</summary>
    public const string GarbageRead = "garbage-read";

    /// <summary>An acknowledged append is in no read, though a read of its list was invoked after it was acknowledged.</summary>
    public const string Lost = "lost";

    /// <summary>Appended to a cycle's kind when the cycle needs a real-time edge (<c>G-single-realtime</c>).</summary>
    public const string RealtimeSuffix = "-realtime";

    private static readonly string[] Corruption = [Internal, DuplicateElements, IncompatibleOrder, GarbageRead];
    private static readonly string[] ReadCommitted = [G0, G1a, G1b, G1c, .. Corruption];

    /// <summary>
    /// What <paramref name="level"/> forbids. Every level forbids G0, G1a, G1b, G1c and corrupt lists; snapshot
    /// isolation adds G-single; serializable adds G2-item; strict serializable adds lost appends and every cycle
    /// through real time.
    /// </summary>
    public static IReadOnlySet<string> ForbiddenBy(Isolation level) => level switch
    {
        Isolation.ReadCommitted => ReadCommitted.ToHashSet(),
        Isolation.SnapshotIsolation => new HashSet<string>([.. ReadCommitted, GSingle]),
        Isolation.Serializable => new HashSet<string>([.. ReadCommitted, GSingle, G2Item]),
        _ => new HashSet<string>([.. ReadCommitted, GSingle, G2Item, Lost, .. new[] { G0, G1c, GSingle, G2Item }.Select(k => k + RealtimeSuffix)]),
    };
}
