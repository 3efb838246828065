using ChaosBench.Model.Kinds;

namespace ChaosBench.Model;

/// <summary>The client load: <paramref name="Clients"/> clients at <paramref name="Rate"/> operations per second in all.</summary>
public sealed record Workload(IWorkloadKind Kind, string Target, int Clients, double Rate, int Keys)
{
    /// <summary>The kind's own options (http-kv's <c>http</c>); <see cref="NoOptions"/> for a kind without any.</summary>
    public object Options { get; init; } = new NoOptions();

    /// <summary>The kind's options as <typeparamref name="T"/>.</summary>
    public T OptionsAs<T>() => (T)Options;

    public bool Equals(Workload? other) =>
        other is not null
        && (Kind.Name, Target, Clients, Rate, Keys) == (other.Kind.Name, other.Target, other.Clients, other.Rate, other.Keys)
        && OptionsShape.Of(Options.GetType()).Same(Options, other.Options);

    public override int GetHashCode() => HashCode.Combine(Kind.Name, Target, Clients, Rate, Keys);
}
