namespace ChaosBench.Model.Options;

/// <summary>
/// One expectation, as written: its kind and the kind's options. In YAML a bare name (<c>- no-lost-writes</c>), a name
/// with a value (<c>- recovers-within: 10s</c>), or a name with a mapping (<c>- log: { service: etcd, pattern: "panic" }</c>).
/// </summary>
public sealed class ExpectationOptions
{
    /// <summary>The expectation kind, by name. Required.</summary>
    public string? Kind { get; set; }

    /// <summary>The kind's options: an instance of its <see cref="Kinds.IExpectationKind.OptionsType"/>. Required.</summary>
    public object? Options { get; set; }
}
