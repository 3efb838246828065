namespace ChaosBench.Model.History;

/// <summary>
/// How set workloads record their ops: each <c>add</c> puts a unique element (the value) into a set (the
/// key); the <c>final-read-set</c> after recovery holds every member, joined by <see cref="Separator"/>.
/// </summary>
public static class SetFunctions
{
    public const string Add = "add";

    public const string FinalRead = "final-read-set";

    /// <summary>Elements are <c>client-sequence</c>, so a space never occurs in one.</summary>
    public const char Separator = ' ';

    public static string Join(IEnumerable<string> members) => string.Join(Separator, members.Order(StringComparer.Ordinal));

    public static IReadOnlyList<string> Split(string? members) => members?.Split(Separator, StringSplitOptions.RemoveEmptyEntries) ?? [];
}
