namespace ChaosBench.Model.History;

/// <summary>The functions of a key-value (register) workload's ops: writes, and one read per key after recovery.</summary>
public static class KvFunctions
{
    public const string Write = "write";

    public const string FinalRead = "final-read";

    /// <summary>True for the reads every workload shape makes after recovery (<c>final-read</c>, <c>final-read-set</c>, …): evidence for checkers, not load.</summary>
    public static bool IsFinalRead(string f) => f.StartsWith(FinalRead, StringComparison.Ordinal);
}
