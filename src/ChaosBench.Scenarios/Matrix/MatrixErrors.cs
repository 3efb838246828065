using ChaosBench.Model;

namespace ChaosBench.Scenarios.Matrix;

/// <summary>The errors of a matrix's expansions as one list: each once, and tagged with its combination when not every expansion has it.</summary>
internal static class MatrixErrors
{
    public static List<LocatedError> Merge(IReadOnlyList<(IReadOnlyDictionary<string, string> Values, List<LocatedError> Errors)> expansions)
    {
        var merged = new List<LocatedError>();
        foreach (var (values, errors) in expansions)
        {
            foreach (var error in errors.Distinct())
            {
                // 'recipe:redis-9.0 is unknown' in one run of three must say which run; a typo shared by all need not.
                var everywhere = expansions.All(e => e.Errors.Contains(error));
                merged.Add(everywhere ? error : error with { Message = $"[{MatrixValues.Label(values)}] {error.Message}" });
            }
        }

        return [.. merged.Distinct()];
    }
}
