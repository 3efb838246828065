namespace ChaosBench.Model.History;

/// <summary>
/// How transactional workloads record their ops, in the shape of Jepsen's list-append test (Elle): one op with
/// <see cref="Txn"/> as its function whose <see cref="Op.Txn"/> lists the micro-operations, each an
/// <see cref="Append"/> of a unique element to a list, or a <see cref="Read"/> of a whole list.
/// </summary>
public static class TxnFunctions
{
    public const string Txn = "txn";

    public const string Append = "append";

    /// <summary>Elle's name for a read, kept so that histories read the same in both tools.</summary>
    public const string Read = "r";
}
