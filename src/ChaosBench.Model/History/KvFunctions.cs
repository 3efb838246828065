namespace ChaosBench.Model.History;

/// <summary>
/// The functions of a key-value (register) workload's ops: writes, reads and compare-and-sets during the run, and one
/// read per key after recovery.
/// </summary>
public static class KvFunctions
{
    public const string Write = "write";

    /// <summary>A read during the run: invoked with no value, completed <c>ok</c> with the value read (null: absent).</summary>
    public const string Read = "read";

    /// <summary>A compare-and-set: <see cref="Op.Expected"/> is the old value, <see cref="Op.Value"/> the new one.</summary>
    public const string Cas = "cas";

    public const string FinalRead = "final-read";

    /// <summary>True for the reads every workload shape makes after recovery (<c>final-read</c>, <c>final-read-set</c>, …): evidence for checkers, not load.</summary>
    public static bool IsFinalRead(string f) => f.StartsWith(FinalRead, StringComparison.Ordinal);
}
