using ChaosBench.Model.Kinds.Values;

namespace ChaosBench.Model.Kinds;

/// <summary>
/// The base of a fault or step kind with options <typeparamref name="TOptions"/>: override what differs from a
/// fault that needs nothing, leaves nothing and has no repair.
/// </summary>
public abstract class FaultKind<TOptions> : IFaultKind
    where TOptions : class, new()
{
    public abstract string Name { get; }

    public Type OptionsType => typeof(TOptions);

    public bool TargetsMembers => typeof(TargetOptions).IsAssignableFrom(typeof(TOptions));

    public virtual MemberState? Needs => null;

    public virtual bool Repairs => false;

    public virtual bool StartsRecovery => Repairs;

    public virtual string? RepairedBy => null;

    public virtual bool Rolls => false;

    public virtual bool IsCrash => false;

    public virtual VolumeLayer NeedsLayer => VolumeLayer.None;

    /// <summary>Default: a repair is drawn as one, anything else as a fault.</summary>
    public virtual ReportMarker Marker => Repairs ? ReportMarker.Repair : ReportMarker.Fault;

    public MemberState? Leaves(object options) => Leaves((TOptions)options);

    public IEnumerable<string> Images(object options) => Images((TOptions)options);

    public string Detail(object options) => Detail((TOptions)options);

    public string Detail(object options, Service service) => Detail((TOptions)options, service);

    public string? Subject(object options) => Subject((TOptions)options);

    public string Note(object options) => Note((TOptions)options);

    public void Validate(object options, KindCheck check) => Validate((TOptions)options, check);

    public virtual OptionProblem? Refuses(string key) => null;

    public IReadOnlyList<string>? OwnMembers(object options) => OwnMembers((TOptions)options);

    public bool HitsAllAtOnce(object options) => HitsAllAtOnce((TOptions)options);

    public override string ToString() => Name;

    protected virtual MemberState? Leaves(TOptions options) => null;

    protected virtual IEnumerable<string> Images(TOptions options) => [];

    protected virtual string Detail(TOptions options) => string.Empty;

    protected virtual string Detail(TOptions options, Service service) => Detail(options);

    protected virtual string? Subject(TOptions options) => null;

    protected virtual string Note(TOptions options) => string.Empty;

    protected virtual IReadOnlyList<string>? OwnMembers(TOptions options) => null;

    protected virtual bool HitsAllAtOnce(TOptions options) => false;

    protected virtual void Validate(TOptions options, KindCheck check)
    {
    }
}
