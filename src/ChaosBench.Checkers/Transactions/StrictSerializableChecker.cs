namespace ChaosBench.Checkers.Transactions;

/// <summary><c>- strict-serializable</c>: serializable in an order that respects real time, no acknowledged append missing from a later read.</summary>
public sealed class StrictSerializableChecker() : IsolationLevelChecker(Isolation.StrictSerializable);
