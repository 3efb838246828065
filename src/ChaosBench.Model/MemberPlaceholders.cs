using System.Text;
using System.Text.RegularExpressions;

namespace ChaosBench.Model;

/// <summary>
/// The placeholders a service's <c>command</c>, <c>args</c>, <c>env</c> values and readiness probe may hold, expanded
/// for each member so a cluster is wired in YAML: <c>{self}</c> (the member's name), <c>{index}</c> (1-based),
/// <c>{service}</c>, <c>{members}</c> and <c>{peers}</c> (the others) as comma-separated names, and
/// <c>{members:FORMAT}</c> / <c>{peers:FORMAT}</c>, each name put where FORMAT's <c>%s</c> is
/// (<c>{peers:nats://%s:6222}</c>). <c>{{NAME}}</c> is a literal <c>{NAME}</c>; a brace after <c>$</c> (a shell's
/// <c>${VAR}</c>) or <c>\p</c> (a regular expression's <c>\p{L}</c>) is no placeholder.
/// </summary>
/// <remarks>
/// The one place these are read: the validator asks <see cref="Problems"/>, and <see cref="Service.SetupOf"/> expands
/// them for both <c>plan</c> and the run. Elsewhere (URLs of expectations and steps, step commands) <c>{NAME}</c> names a
/// service, member or saved value, which a service's own fields have no use for: its members reach others by name.
/// </remarks>
public static partial class MemberPlaceholders
{
    /// <summary>The placeholder names, as an error's fix lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["self", "index", "service", "members", "peers"];

    /// <summary>
    /// <paramref name="text"/> with every placeholder replaced for <paramref name="member"/> of <paramref name="service"/>;
    /// an unknown one is left as written (<see cref="Problems"/> reports it).
    /// </summary>
    public static string Expand(string text, Service service, string member, PlaceholderContext context = PlaceholderContext.Text)
    {
        var members = service.Members;
        return Scan(text, (name, format) =>
        {
            string Write(string value) => context == PlaceholderContext.Pattern ? Regex.Escape(value) : value;
            string Host(string name) => context == PlaceholderContext.Url ? $"{{{name}}}" : Write(name);
            string List(IEnumerable<string> names) => string.Join(",", names.Select(n => format is null ? Host(n) : format.Replace("%s", Host(n), StringComparison.Ordinal)));
            return name switch
            {
                "self" => Host(member),
                "index" => Write((members.ToList().IndexOf(member) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                "service" => Write(service.Name),
                "members" => List(members),
                "peers" => List(members.Where(m => m != member)),
                _ => null,
            };
        });
    }

    /// <summary>Whether <paramref name="text"/> holds a placeholder (other than <c>{self}</c> when <paramref name="ignoreSelf"/>).</summary>
    public static bool Has(string text, bool ignoreSelf = false)
    {
        var found = false;
        _ = Scan(text, (name, _) =>
        {
            found |= Names.Contains(name) && !(ignoreSelf && name == "self");
            return null;
        });
        return found;
    }

    /// <summary>What is wrong with <paramref name="text"/>'s placeholders, each with its fix; empty when nothing is.</summary>
    public static IReadOnlyList<(string Message, string Fix)> Problems(string text, PlaceholderContext context = PlaceholderContext.Text)
    {
        var problems = new List<(string, string)>();
        _ = Scan(text, (name, format) =>
        {
            var written = format is null ? $"{{{name}}}" : $"{{{name}:{format}}}";
            if (!Names.Contains(name))
            {
                var fix = Model.Names.Closest(name, Names) is { } meant ? $"did you mean '{{{meant}}}'?" : $"use one of {string.Join(", ", Names.Select(n => $"{{{n}}}"))}";
                problems.Add(($"'{Excerpt(written)}' is no member placeholder", $"{fix}; members reach other services by name, without braces; write '{{{{{name}}}}}' for a literal '{{{name}}}'"));
            }
            else if (format is not null && name is not ("members" or "peers"))
            {
                problems.Add(($"'{Excerpt(written)}': only {{members:FORMAT}} and {{peers:FORMAT}} take a format", $"write '{{{name}}}'"));
            }
            else if (format is not null && !format.Contains("%s", StringComparison.Ordinal))
            {
                problems.Add(($"'{Excerpt(written)}': the format has no %s for each member's name", $"write e.g. '{{{name}:nats://%s:6222}}'"));
            }
            else if (context == PlaceholderContext.Url && name is "members" or "peers")
            {
                problems.Add(($"'{Excerpt(written)}' in a readiness URL: a probe reaches its own member", "write 'http://{self}:PORT/PATH'"));
            }

            return null;
        });
        return problems;
    }

    /// <summary>
    /// The text with each placeholder replaced by <paramref name="substitute"/>'s answer for its name and format
    /// (null: keep it as written), <c>{{NAME}}</c> turned into <c>{NAME}</c>.
    /// </summary>
    private static string Scan(string text, Func<string, string?, string?> substitute)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '{' || (i > 0 && text[i - 1] == '$') || (i > 1 && text[i - 2] == '\\' && text[i - 1] is 'p' or 'P'))
            {
                result.Append(text[i]);
            }
            else if (Escaped().Match(text, i) is { Success: true } escaped)
            {
                result.Append(escaped.Value[1..^1]);
                i += escaped.Length - 1;
            }
            else if (Placeholder().Match(text, i) is { Success: true } found)
            {
                var format = found.Groups[2].Success ? found.Groups[2].Value : null;
                result.Append(substitute(found.Groups[1].Value, format) ?? found.Value);
                i += found.Length - 1;
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }

    /// <summary>At most 60 characters of what the file wrote, as every error quotes a file.</summary>
    private static string Excerpt(string written) => written.Length <= 60 ? written : string.Concat(written.AsSpan(0, 59), "…");

    // A name begins with a letter or '_', as ServiceNames.Placeholder's does, so a regular expression's count ({3}) is none.
    [GeneratedRegex(@"\G\{([A-Za-z_][A-Za-z0-9._-]*)(?::([^{}]*))?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\G\{\{[A-Za-z_][A-Za-z0-9._-]*(?::[^{}]*)?\}\}")]
    private static partial Regex Escaped();
}
