namespace ChaosBench.Model;

/// <summary>"Did you mean …?" for names a user mistyped.</summary>
public static class Names
{
    /// <summary>The known name closest to <paramref name="given"/>, when it is close enough to be the one meant.</summary>
    public static string? Closest(string given, IEnumerable<string> known)
    {
        var best = known.Select(k => (Name: k, Distance: Distance(given, k))).OrderBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal).FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, given.Length / 3) ? best.Name : null;
    }

    /// <summary>A fix line: "did you mean 'x'?" when one is close, else the list of valid names.</summary>
    public static string Suggest(string given, IReadOnlyCollection<string> known) =>
        Closest(given, known) is { } close
            ? $"did you mean '{close}'?"
            : $"use one of: {string.Join(", ", known)}";

    /// <summary>Levenshtein edit distance.</summary>
    public static int Distance(string a, string b)
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
