namespace ChaosBench.Model.History;

public sealed partial record Op
{
    private readonly IReadOnlyList<MicroOp>? _txn;

    /// <summary>
    /// For a transaction (<see cref="Op.F"/> is <see cref="TxnFunctions.Txn"/>): its micro-operations in the order it
    /// made them, the reads' results filled in on an <see cref="OpType.Ok"/> completion. Null for every other op.
    /// </summary>
    public IReadOnlyList<MicroOp>? Txn { get => _txn; init => _txn = ValueList.Of(value); }
}
