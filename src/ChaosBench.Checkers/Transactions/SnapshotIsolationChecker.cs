namespace ChaosBench.Checkers.Transactions;

/// <summary><c>- snapshot-isolation</c>: read committed and no cycle with a single anti-dependency (G-single); write skew (G2-item) is allowed.</summary>
public sealed class SnapshotIsolationChecker() : IsolationLevelChecker(Isolation.SnapshotIsolation);
