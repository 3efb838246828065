namespace ChaosBench.Model;

/// <summary>A Compose value's <c>${NAME:?message}</c> or <c>${NAME?message}</c> met an unset variable.</summary>
public sealed class RequiredVariableException(string name, string reason)
    : FormatException(reason.Length == 0 ? $"required variable {name} is missing a value" : $"required variable {name} is missing a value: {reason}")
{
    /// <summary>The variable that must be set.</summary>
    public string Name { get; } = name;

    /// <summary>What the file says about it, after <c>?</c>; empty when it says nothing.</summary>
    public string Reason { get; } = reason;
}
