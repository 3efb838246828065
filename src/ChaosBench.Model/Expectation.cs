using ChaosBench.Model.Kinds;

namespace ChaosBench.Model;

/// <summary>Something that must hold when the run is over: its <paramref name="Kind"/> and the kind's own <paramref name="Options"/>.</summary>
public sealed record Expectation(IExpectationKind Kind, object Options)
{
    /// <summary>The kind's options as <typeparamref name="T"/>.</summary>
    public T OptionsAs<T>() => (T)Options;

    public bool Equals(Expectation? other) =>
        other is not null && Kind.Name == other.Kind.Name && OptionsShape.Of(Options.GetType()).Same(Options, other.Options);

    public override int GetHashCode() => Kind.Name.GetHashCode(StringComparison.Ordinal);

    /// <summary>How the expectation reads in the scenario: <c>no-lost-writes</c>, <c>no-lost-writes loss-window 1s</c>, <c>recovers-within: 10s</c>, <c>log etcd /panic/ absent</c>.</summary>
    public override string ToString() => Kind.Describe(Options);
}
