using ChaosBench.Model.Kinds.Evidence;

namespace ChaosBench.Model.Kinds;

/// <summary>The base of an expectation kind with options <typeparamref name="TOptions"/>.</summary>
public abstract class ExpectationKind<TOptions> : IExpectationKind
    where TOptions : class, new()
{
    public abstract string Name { get; }

    public Type OptionsType => typeof(TOptions);

    public virtual string? Shorthand => null;

    public virtual bool JudgesHistory => false;

    public virtual bool JudgesHistoryAlone => false;

    public string Describe(object options) => Describe((TOptions)options);

    public IEnumerable<EvidenceWant> Wants(object options) => Wants((TOptions)options);

    public void Validate(object options, KindCheck check) => Validate((TOptions)options, check);

    public override string ToString() => Name;

    /// <summary>Default: the name alone.</summary>
    protected virtual string Describe(TOptions options) => Name;

    protected virtual IEnumerable<EvidenceWant> Wants(TOptions options) => [];

    protected virtual void Validate(TOptions options, KindCheck check)
    {
    }
}
