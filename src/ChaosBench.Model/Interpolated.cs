namespace ChaosBench.Model;

/// <summary>A value with its <c>${VAR}</c> placeholders replaced, and the variables that had no value and no default.</summary>
public sealed record Interpolated(string Text, IReadOnlyList<string> Missing)
{
    /// <summary>Every placeholder had a value or a default.</summary>
    public bool IsComplete => Missing.Count == 0;
}
