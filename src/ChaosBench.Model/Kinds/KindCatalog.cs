using System.Collections;

namespace ChaosBench.Model.Kinds;

/// <summary>
/// The kinds of one sort a scenario may name, in the order they were registered (the order errors and the schema list
/// them). Immutable: <see cref="With"/> returns a new catalog, so adding a user's kind changes nobody else's.
/// </summary>
public sealed class KindCatalog<TKind> : IReadOnlyList<TKind>
    where TKind : class, IKind
{
    private readonly IReadOnlyList<TKind> _kinds;
    private readonly Dictionary<string, TKind> _byName;

    internal KindCatalog(IReadOnlyList<TKind> kinds)
    {
        _kinds = kinds;
        _byName = kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);
    }

    /// <summary>The names, in registration order.</summary>
    public IReadOnlyList<string> Names => [.. _kinds.Select(k => k.Name)];

    public int Count => _kinds.Count;

    public TKind this[int index] => _kinds[index];

    /// <summary>The kind named <paramref name="name"/>; null when none is.</summary>
    public TKind? Find(string? name) => name is not null && _byName.TryGetValue(name, out var kind) ? kind : null;

    /// <summary>The kind named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">None is.</exception>
    public TKind Get(string name) => Find(name) ?? throw new KeyNotFoundException($"no kind '{name}' is registered; registered: {string.Join(", ", Names)}");

    /// <summary>A catalog that also holds <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentException">Another kind of this sort already has its name.</exception>
    public KindCatalog<TKind> With(TKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (string.IsNullOrWhiteSpace(kind.Name))
        {
            throw new ArgumentException($"{kind.GetType().FullName} has no name", nameof(kind));
        }

        if (Find(kind.Name) is { } taken)
        {
            throw new ArgumentException($"'{kind.Name}' of {kind.GetType().FullName} is already the name of {taken.GetType().FullName}; fix: give it another name", nameof(kind));
        }

        return new([.. _kinds, kind]);
    }

    public IEnumerator<TKind> GetEnumerator() => _kinds.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
