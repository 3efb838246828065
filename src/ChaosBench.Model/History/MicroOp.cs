using System.Text;

namespace ChaosBench.Model.History;

/// <summary>
/// One step of a transaction (<see cref="Op.Txn"/>), as Elle writes them: <c>[append k v]</c> appends the element
/// <see cref="Value"/> to the list <see cref="Key"/>; <c>[r k list]</c> reads the whole list, whose elements
/// <see cref="Read"/> holds once the transaction completed (null on its invocation, where they are not known).
/// Equal when their parts are: the elements are compared in order.
/// </summary>
/// <param name="F"><see cref="TxnFunctions.Append"/> or <see cref="TxnFunctions.Read"/>.</param>
/// <param name="Key">The list operated on.</param>
/// <param name="Value">The element appended; null for a read.</param>
/// <param name="Read">The elements read, in list order; null for an append, or a read not completed.</param>
public sealed record MicroOp(string F, string Key, string? Value, IReadOnlyList<string>? Read)
{
    private readonly IReadOnlyList<string>? _read = ValueList.Of(Read);

    /// <summary>The elements read, in list order; null for an append, or a read not completed.</summary>
    public IReadOnlyList<string>? Read { get => _read; init => _read = ValueList.Of(value); }

    /// <summary><c>[append key element]</c>.</summary>
    public static MicroOp AppendOf(string key, string element) => new(TxnFunctions.Append, key, element, null);

    /// <summary><c>[r key elements]</c>; without elements, a read whose result is not known yet.</summary>
    public static MicroOp ReadOf(string key, IReadOnlyList<string>? elements = null) => new(TxnFunctions.Read, key, null, elements);

    /// <summary>Elle's notation: <c>[append x 1]</c>, <c>[r x [1 2]]</c>, <c>[r x nil]</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder().Append('[').Append(F).Append(' ').Append(Key).Append(' ');
        if (F == TxnFunctions.Append)
        {
            text.Append(Value);
        }
        else
        {
            text.Append(Read is null ? "nil" : $"[{string.Join(' ', Read)}]");
        }

        return text.Append(']').ToString();
    }
}
