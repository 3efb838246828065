using ChaosBench.Model.History;

namespace ChaosBench.Checkers.Transactions;

/// <summary>A transaction an anomaly involves, as the history recorded it.</summary>
/// <param name="Index">The index of its completion op (of its invocation, when it never completed): <c>T{Index}</c> in explanations.</param>
/// <param name="Process">The client that made it.</param>
/// <param name="Type"><see cref="OpType.Ok"/>, <see cref="OpType.Fail"/>, or <see cref="OpType.Info"/> (indeterminate or never completed).</param>
/// <param name="MicroOps">Its micro-operations, with what its reads returned.</param>
public sealed record TransactionRef(long Index, int Process, OpType Type, IReadOnlyList<MicroOp> MicroOps);
