using ChaosBench.Model.Kinds;

namespace ChaosBench.Checkers;

/// <summary>The expectation kinds this project ships, each with its checker, in the order errors and the schema list them.</summary>
public static class ExpectationKinds
{
    /// <summary>Every built-in expectation; add yours with <c>ExpectationKinds.Default.With(new MyChecker())</c>.</summary>
    public static KindCatalog<IExpectationKind> Default { get; } = KindCatalog.Empty<IExpectationKind>()
        .With(new NoLostWrites.NoLostWritesChecker())
        .With(new RecoversWithin.RecoversWithinChecker())
        .With(new Availability.AvailabilityChecker())
        .With(new Log.LogChecker())
        .With(new RefusesToStart.RefusesToStartChecker())
        .With(new HttpStatus.HttpStatusChecker())
        .With(new Linearizable.LinearizableChecker())
        .With(new Transactions.ReadCommittedChecker())
        .With(new Transactions.SnapshotIsolationChecker())
        .With(new Transactions.SerializableChecker())
        .With(new Transactions.StrictSerializableChecker());
}
