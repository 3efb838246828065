namespace ChaosBench.Model.History;

/// <summary>
/// How list workloads record their ops: each <c>append</c> puts a unique element (the value) at the end of a
/// list (the key); the <c>final-read-list</c> after recovery holds every element in list order, joined by
/// <see cref="Separator"/>.
/// </summary>
public static class ListFunctions
{
    public const string Append = "append";

    public const string FinalRead = "final-read-list";

    /// <summary>Elements are <c>client-sequence</c>, so a space never occurs in one.</summary>
    public const char Separator = ' ';

    /// <summary>The elements in the order given: unlike a set's, a list's order is part of what is checked.</summary>
    public static string Join(IEnumerable<string> elements) => string.Join(Separator, elements);

    public static IReadOnlyList<string> Split(string? elements) => elements?.Split(Separator, StringSplitOptions.RemoveEmptyEntries) ?? [];
}
