namespace ChaosBench.Model.Kinds;

/// <summary>The base of a workload kind with options <typeparamref name="TOptions"/> (<see cref="NoOptions"/> for none of its own).</summary>
public abstract class WorkloadKind<TOptions> : IWorkloadKind
    where TOptions : class, new()
{
    public abstract string Name { get; }

    public Type OptionsType => typeof(TOptions);

    public virtual bool ReachesExternal => false;

    public void Validate(object options, KindCheck check) => Validate((TOptions)options, check);

    public override string ToString() => Name;

    protected virtual void Validate(TOptions options, KindCheck check)
    {
    }
}
