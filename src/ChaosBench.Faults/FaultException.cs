namespace ChaosBench.Faults;

/// <summary>A fault could not be applied or its effect not confirmed; names the member and what was seen.</summary>
public sealed class FaultException(string kind, string member, string problem) : Exception($"{kind} {member}: {problem}")
{
    public string Kind { get; } = kind;

    public string Member { get; } = member;
}
