namespace ChaosBench.Model.Planning;

/// <summary>
/// A fault with its members resolved. <see cref="Members"/> is empty when the choice can only be made at
/// run time (<c>pick: leader</c>); <see cref="Target"/> then says so.
/// </summary>
public sealed record PlannedFault(Fault Fault, string Service, IReadOnlyList<string> Members, string Target)
{
    public TimeSpan At => Fault.At;

    public string Kind => Fault.Kind;

    /// <summary>One line: <c>+5s kill etcd-2 (signal KILL)</c>.</summary>
    public override string ToString()
    {
        var detail = Fault.Kind switch
        {
            Options.FaultKinds.Kill => $" (signal {Fault.Signal})",
            Options.FaultKinds.DeletePath or Options.FaultKinds.Bitflip or Options.FaultKinds.Truncate => $" (path {Fault.Path})",
            Options.FaultKinds.TornWrite when Fault.Path is not null => $" (under {Fault.Path})",
            Options.FaultKinds.VersionHop => $" (to {Fault.To})",
            Options.FaultKinds.Start when Fault.Args.Count > 0 => $" (with {string.Join(' ', Fault.Args)})",
            Options.FaultKinds.Exec => $": {string.Join(' ', Fault.Command)}",
            Options.FaultKinds.Request => $" {Fault.Method}",
            _ => string.Empty,
        };
        var repair = Fault.For is { } d ? $", repaired after {Durations.Format(d)}" : string.Empty;
        var when = Fault.WhenLog is { } pattern ? $" when its log matches /{pattern}/" : string.Empty;
        var mayFail = Fault.MayFail ? " (may fail)" : string.Empty;
        return Fault.Kind == Options.FaultKinds.Request
            ? $"+{Durations.Format(At)} {Kind}{detail} {Target}"
            : $"+{Durations.Format(At)} {Kind} {Target}{detail}{when}{repair}{mayFail}";
    }
}
