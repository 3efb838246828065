namespace ChaosBench.Checkers.Transactions;

/// <summary>
/// The isolation levels <see cref="TransactionChecker"/> judges a history against, weakest first, as Adya defines
/// them and Elle checks them. Which anomalies each forbids: <see cref="AnomalyKinds.ForbiddenBy"/>.
/// </summary>
public enum Isolation
{
    /// <summary>Adya's PL-2: no write cycle (G0), no aborted, intermediate or circular reads (G1a, G1b, G1c).</summary>
    ReadCommitted,

    /// <summary>Adya's PL-SI, as far as a client can see it: read committed, and no cycle with a single anti-dependency (G-single); write skew (G2-item) is allowed.</summary>
    SnapshotIsolation,

    /// <summary>Adya's PL-3, conflict serializability: no dependency cycle at all.</summary>
    Serializable,

    /// <summary>Serializable in an order that respects real time: no cycle either once each transaction also follows every one that completed before it was invoked, and no acknowledged append missing from a read invoked after it.</summary>
    StrictSerializable,
}
