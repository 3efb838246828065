namespace ChaosBench.Model;

/// <summary>Where a member placeholder lands, which decides how a value is written there (<see cref="MemberPlaceholders"/>).</summary>
public enum PlaceholderContext
{
    /// <summary>A command word or an env value: values as they are.</summary>
    Text,

    /// <summary>
    /// A readiness URL, which the harness opens from outside the run's network: a member's name is written
    /// <c>{NAME}</c>, the placeholder every URL resolves to that member's address.
    /// </summary>
    Url,

    /// <summary>A readiness log pattern: values escaped, so a name's '.' matches only a dot.</summary>
    Pattern,
}
