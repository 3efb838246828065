namespace ChaosBench.Checkers.Transactions;

/// <summary><c>- read-committed</c>: no write cycle (G0) and no aborted, intermediate or circular read (G1a, G1b, G1c).</summary>
public sealed class ReadCommittedChecker() : IsolationLevelChecker(Isolation.ReadCommitted);
