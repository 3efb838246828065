namespace ChaosBench.Images;

/// <summary>No recipe by that name; the message lists the recipes there are and the closest match.</summary>
public sealed class RecipeNotFoundException(string name, string directory, IReadOnlyList<string> known)
    : Exception(Describe(name, directory, known))
{
    public string Name { get; } = name;

    private static string Describe(string name, string directory, IReadOnlyList<string> known)
    {
        var closest = known.MinBy(k => Levenshtein(k, name));
        var close = closest is not null && Levenshtein(closest, name) <= Math.Max(2, name.Length / 3);
        var hint = close
            ? $"fix: did you mean '{closest}'? known recipes: {string.Join(", ", known)}"
            : $"fix: use one of {string.Join(", ", known)}, or add {name}.yaml there";
        return $"no image recipe '{name}' in {directory}; {hint}";
    }

    internal static int Levenshtein(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
