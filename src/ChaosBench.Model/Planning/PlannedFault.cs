namespace ChaosBench.Model.Planning;

/// <summary>
/// A fault with its members resolved. <see cref="Members"/> is empty when the choice can only be made at
/// run time (<c>pick: leader</c>); <see cref="Target"/> then says so.
/// </summary>
public sealed record PlannedFault(Fault Fault, string Service, IReadOnlyList<string> Members, string Target)
{
    public TimeSpan At => Fault.At;

    public string Kind => Fault.Kind.Name;

    /// <summary>The service whose members it hits, when they are one service's (a group's are not): what its plan line can tell of them. Default: none.</summary>
    public Service? Of { get; init; }

    /// <summary>One line: <c>+5s kill etcd-2 (signal KILL)</c>.</summary>
    public override string ToString()
    {
        var detail = Of is { } service ? Fault.Kind.Detail(Fault.Options, service) : Fault.Kind.Detail(Fault.Options);
        if (!Fault.Kind.TargetsMembers)
        {
            return $"+{Durations.Format(At)} {Kind}{detail} {Target}";
        }

        var repair = Fault.For is { } d ? $", repaired after {Durations.Format(d)}" : string.Empty;
        var when = Fault.WhenLog is { } pattern ? $" when its log matches /{pattern}/" : string.Empty;
        return $"+{Durations.Format(At)} {Kind} {Target}{detail}{when}{repair}{Fault.Kind.Note(Fault.Options)}";
    }
}
