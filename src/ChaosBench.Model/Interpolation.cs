using System.Text;

namespace ChaosBench.Model;

/// <summary>
/// <c>${VAR}</c> and <c>${VAR:-default}</c> in a value written in a scenario, the way Compose files write them;
/// <c>$$</c> is a literal dollar sign. Pure: the caller hands in the lookup (the environment, or a test's table),
/// so a scenario lints the same whatever is set. <see cref="ExpandCompose"/> is the fuller syntax of Compose files.
/// </summary>
/// <remarks>
/// A variable set to the empty string counts as unset: an empty URL or password is never what was meant, and
/// <c>:-</c> means the same in Compose. A lone <c>$</c> is an error rather than a literal, so a forgotten
/// brace (<c>$LONGHORN_URL</c>) is caught when the scenario is linted instead of reaching a request.
/// </remarks>
public static partial class Interpolation
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
        var missing = new List<string>();
        return new Interpolated(Scan(text, compose: false, (inside, at) => Scenario(inside, at, lookup, missing)), missing);
    }

    /// <summary>
    /// The text with each placeholder replaced by <paramref name="substitute"/>'s answer for what is inside it and the
    /// character it starts at; <c>$$</c> is a dollar sign. In Compose's syntax <c>$NAME</c> is a placeholder too,
    /// a <c>$</c> before anything else is itself, and braces nest (<c>${A:-${B}}</c>).
    /// </summary>
    private static string Scan(string text, bool compose, Func<string, int, string> substitute)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (text[i] != '$')
            {
                result.Append(text[i]);
            }
            else if (next == '$')
            {
                result.Append('$');
                i++;
            }
            else if (next == '{')
            {
                var end = compose ? ClosingBrace(text, i + 2) : text.IndexOf('}', i + 2);
                if (end < 0)
                {
                    throw new FormatException($"'${{' at character {i + 1} has no closing '}}'");
                }

                result.Append(substitute(text[(i + 2)..end], i + 1));
                i = end;
            }
            else if (compose && NameLength(text, i + 1) is > 0 and var length)
            {
                result.Append(substitute(text.Substring(i + 1, length), i + 1));
                i += length;
            }
            else if (compose)
            {
                result.Append('$');
            }
            else
            {
                throw new FormatException($"a lone '$' at character {i + 1}: write ${{NAME}} for a variable or $$ for a dollar sign");
            }
        }

        return result.ToString();
    }

    /// <summary><c>NAME</c> or <c>NAME:-default</c>; a default may hold anything but a closing brace.</summary>
    private static string Scenario(string inside, int at, Func<string, string?> lookup, List<string> missing)
    {
        var separator = inside.IndexOf(":-", StringComparison.Ordinal);
        var name = separator < 0 ? inside : inside[..separator];
        if (NameLength(name, 0) != name.Length || name.Length == 0)
        {
            throw new FormatException($"'${{{Quoted(inside)}}}' at character {at} does not name a variable: write ${{NAME}} or ${{NAME:-default}}, NAME of letters, digits and '_'");
        }

        var value = lookup(name);
        if (!string.IsNullOrEmpty(value))
        {
            return value;
        }

        if (separator < 0 && !missing.Contains(name))
        {
            missing.Add(name);
        }

        return separator < 0 ? string.Empty : inside[(separator + 2)..];
    }

    /// <summary>A placeholder as an error quotes it: at most 56 characters of the file, with "${" and "}" making 60.</summary>
    private static string Quoted(string inside) => inside.Length <= 56 ? inside : string.Concat(inside.AsSpan(0, 55), "…");

    /// <summary>How many characters from <paramref name="start"/> form a variable name: letters, digits and '_', not starting with a digit.</summary>
    private static int NameLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_') && !(end == start && char.IsAsciiDigit(text[end])))
        {
            end++;
        }

        return end - start;
    }

    /// <summary>The brace closing the one opened before <paramref name="from"/>, skipping nested <c>${...}</c> and <c>$$</c>.</summary>
    private static int ClosingBrace(string text, int from)
    {
        var depth = 1;
        for (var j = from; j < text.Length; j++)
        {
            if (text[j] == '$' && j + 1 < text.Length && text[j + 1] is '$' or '{')
            {
                depth += text[j + 1] == '{' ? 1 : 0;
                j++;
            }
            else if (text[j] == '}' && --depth == 0)
            {
                return j;
            }
        }

        return -1;
    }
}
