namespace ChaosBench.Checkers.Transactions;

/// <summary><c>- serializable</c>: no dependency cycle among committed transactions (Adya's PL-3).</summary>
public sealed class SerializableChecker() : IsolationLevelChecker(Isolation.Serializable);
