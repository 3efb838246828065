using System.Text;

namespace ChaosBench.Model;

/// <summary>
/// <c>${VAR}</c> and <c>${VAR:-default}</c> in a value written in a scenario, the way Compose files write them;
/// <c>$$</c> is a literal dollar sign. Pure: the caller hands in the lookup (the environment, or a test's table),
/// so a scenario lints the same whatever is set.
/// </summary>
/// <remarks>
/// A variable set to the empty string counts as unset: an empty URL or password is never what was meant, and
/// <c>:-</c> means the same in Compose. A lone <c>$</c> is an error rather than a literal, so a forgotten
/// brace (<c>$LONGHORN_URL</c>) is caught when the scenario is linted instead of reaching a request.
/// </remarks>
public static class Interpolation
{
    /// <summary>What is wrong with <paramref name="text"/>'s placeholders, or null when it is well formed.</summary>
    public static string? Problem(string text)
    {
        try
        {
            _ = Expand(text, _ => null);
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    /// <summary>The names of the variables <paramref name="text"/> refers to, in order, each once.</summary>
    /// <exception cref="FormatException">A placeholder is not well formed (see <see cref="Problem"/>).</exception>
    public static IReadOnlyList<string> Variables(string text)
    {
        var names = new List<string>();
        _ = Expand(text, name =>
        {
            if (!names.Contains(name))
            {
                names.Add(name);
            }

            return null;
        });
        return names;
    }

    /// <summary>
    /// <paramref name="text"/> with every placeholder replaced; a variable <paramref name="lookup"/> has no value for,
    /// and which has no default, is listed in <see cref="Interpolated.Missing"/> and replaced by nothing.
    /// </summary>
    /// <exception cref="FormatException">A placeholder is not well formed (see <see cref="Problem"/>).</exception>
    public static Interpolated Expand(string text, Func<string, string?> lookup)
    {
        var result = new StringBuilder(text.Length);
        var missing = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '$')
            {
                result.Append(text[i]);
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '$')
            {
                result.Append('$');
                i++;
                continue;
            }

            if (i + 1 >= text.Length || text[i + 1] != '{')
            {
                throw new FormatException($"a lone '$' at character {i + 1}: write ${{NAME}} for a variable or $$ for a dollar sign");
            }

            var end = text.IndexOf('}', i + 2);
            if (end < 0)
            {
                throw new FormatException($"'${{' at character {i + 1} has no closing '}}'");
            }

            var (name, fallback) = Split(text[(i + 2)..end], i + 1);
            var value = lookup(name);
            if (string.IsNullOrEmpty(value))
            {
                value = fallback;
                if (fallback is null && !missing.Contains(name))
                {
                    missing.Add(name);
                }
            }

            result.Append(value);
            i = end;
        }

        return new Interpolated(result.ToString(), missing);
    }

    /// <summary><c>NAME</c> or <c>NAME:-default</c>; a default may hold anything but a closing brace.</summary>
    private static (string Name, string? Fallback) Split(string inside, int at)
    {
        var separator = inside.IndexOf(":-", StringComparison.Ordinal);
        var name = separator < 0 ? inside : inside[..separator];
        if (!IsName(name))
        {
            throw new FormatException($"'${{{inside}}}' at character {at} does not name a variable: write ${{NAME}} or ${{NAME:-default}}, NAME of letters, digits and '_'");
        }

        return (name, separator < 0 ? null : inside[(separator + 2)..]);
    }

    private static bool IsName(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
