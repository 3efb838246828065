using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults;

/// <summary>The base of the faults that change a file of a stopped member, given by an absolute <c>path</c>.</summary>
public abstract class StoppedFileFault<TOptions> : MemberFault<TOptions>
    where TOptions : StoppedFileOptions, new()
{
    public override MemberState? Needs => MemberState.Stopped;

    protected override string Detail(TOptions options) => $" (path {options.Path})";

    protected override void Validate(TOptions options, KindCheck check)
    {
        if (options.Path is { } path && !path.StartsWith('/'))
        {
            check.Error("path", $"{Name} needs an absolute 'path' inside one of the service's volumes", "add e.g. 'path: /var/lib/etcd/member'");
        }
    }
}
