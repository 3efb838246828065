using System.Collections;

namespace ChaosBench.Model.History;

/// <summary>
/// A copied, read-only list equal to another with the same items in the same order: records holding one
/// (<see cref="Op.Txn"/>, <see cref="MicroOp.Read"/>) stay equal when read back from a file, as ops without one are.
/// </summary>
internal sealed class ValueList<T>(T[] items) : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    public int Count => items.Length;

    public T this[int index] => items[index];

    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || items.AsSpan().SequenceEqual(other.Items(), EqualityComparer<T>.Default));

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private ReadOnlySpan<T> Items() => items;
}

/// <summary>Wraps lists into <see cref="ValueList{T}"/>s.</summary>
internal static class ValueList
{
    /// <summary>A value-equal copy of <paramref name="items"/>; null stays null, and a value list is kept as it is.</summary>
    public static IReadOnlyList<T>? Of<T>(IReadOnlyList<T>? items) => items switch
    {
        null => null,
        ValueList<T> list => list,
        _ => new ValueList<T>([.. items]),
    };
}
