namespace ChaosBench.Checkers.Transactions;

/// <summary>Lists in explanations, shortened so that a read of thousands of elements stays one readable line.</summary>
internal static class Text
{
    private const int Shown = 12;

    /// <summary><c>[1 2 3]</c>; a long list keeps its first and last elements: <c>[1 2 ... 99 100]</c>.</summary>
    public static string Of(IReadOnlyList<string> elements) => elements.Count <= Shown
        ? $"[{string.Join(' ', elements)}]"
        : $"[{string.Join(' ', elements.Take(Shown / 2))} ... {string.Join(' ', elements.Skip(elements.Count - (Shown / 2)))}]";
}
