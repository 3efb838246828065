using ChaosBench.Model.Kinds;

namespace ChaosBench.Model;

/// <summary>
/// One fault or step on the timeline: when (<paramref name="At"/>, <see cref="For"/>, <see cref="WhenLog"/>), its
/// <paramref name="Kind"/>, and the kind's own <paramref name="Options"/> (an instance of its options class).
/// <see cref="Planning.Planner"/> resolves whom it hits.
/// </summary>
public sealed record Fault(int Index, TimeSpan At, IFaultKind Kind, object Options)
{
    /// <summary>Repair it after this long, with the kind's repair; null: at the heal phase.</summary>
    public TimeSpan? For { get; init; }

    /// <summary>Act once a new line of the member's log matches this; null: at once.</summary>
    public string? WhenLog { get; init; }

    /// <summary>Whom it hits, for a kind that acts on members; null for one that does not (a request).</summary>
    public TargetOptions? Targeting => Options as TargetOptions;

    /// <summary>The kind's options as <typeparamref name="T"/>.</summary>
    public T OptionsAs<T>() => (T)Options;

    /// <summary>Value equality, the options' lists and maps included, so a plan read back from run.json equals the one written.</summary>
    public bool Equals(Fault? other) =>
        other is not null
        && (Index, At, Kind.Name, For, WhenLog) == (other.Index, other.At, other.Kind.Name, other.For, other.WhenLog)
        && OptionsShape.Of(Options.GetType()).Same(Options, other.Options);

    public override int GetHashCode() => HashCode.Combine(Index, At, Kind.Name);
}
