using System.Text;
using ChaosBench.Model.Redaction;
using ChaosBench.Scenarios.Reading;

namespace ChaosBench.Scenarios.Compose;

/// <summary>
/// Env files as Compose reads them (<c>.env</c> and <c>env_file</c>): <c>KEY=VALUE</c> lines, optionally after
/// <c>export</c>; <c>#</c> comments and blank lines; <c>'single'</c> quotes literal, <c>"double"</c> quotes with
/// <c>\n</c>, <c>\t</c>, <c>\"</c>, <c>\\</c> escapes; an unquoted value ends at <c> #</c>. Unquoted and double-quoted
/// values are interpolated, from the lookup first and then the file's earlier lines.
/// </summary>
internal static class DotEnv
{
    /// <summary>The file's variables, a later line winning; its errors go to <paramref name="owner"/>, located in <paramref name="file"/>.</summary>
    /// <param name="secrets">Told of each value interpolated from a secret (a line's own earlier ones included).</param>
    public static Dictionary<string, string> Read(ReadContext owner, string file, byte[] bytes, Func<string, string?> lookup, SecretFlow secrets)
    {
        var context = new ReadContext(file);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = SourceText.Decode(context, bytes)?.Split('\n') ?? [];
        for (var i = 0; i < lines.Length; i++)
        {
            if (Line(lines[i].TrimEnd('\r'), name => lookup(name) ?? values.GetValueOrDefault(name), secrets) is { } line)
            {
                if (line.Problem is var (column, message, fix))
                {
                    context.Errors.Add(new LocatedError(file, i + 1, column, message, fix));
                }
                else
                {
                    values[line.Key] = line.Value;
                }
            }
        }

        owner.Errors.AddRange(context.Errors);
        return values;
    }

    /// <summary>One line's variable, or what is wrong with it; null for a blank or comment line.</summary>
    private static (string Key, string Value, (int Column, string Message, string Fix)? Problem)? Line(string line, Func<string, string?> lookup, SecretFlow secrets)
    {
        var body = line.TrimStart();
        if (body.Length == 0 || body[0] == '#')
        {
            return null;
        }

        body = body.StartsWith("export ", StringComparison.Ordinal) ? body[7..].TrimStart() : body;
        var start = line.Length - body.Length + 1;
        var equals = body.IndexOf('=', StringComparison.Ordinal);
        var key = equals < 0 ? body : body[..equals].TrimEnd();
        if (equals <= 0 || !key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-'))
        {
            return (key, string.Empty, (start, $"'{Excerpt.Of(body)}' is not KEY=VALUE", "write one variable per line, e.g. 'POSTGRES_PASSWORD=secret'; '#' starts a comment"));
        }

        var raw = body[(equals + 1)..].TrimStart();
        var column = line.Length - raw.Length + 1;
        var (value, expand, problem) = raw switch
        {
            ['\'', ..] => Quoted(raw, raw.IndexOf('\'', 1), raw[1..Math.Max(1, raw.IndexOf('\'', 1))], expand: false),
            ['"', ..] => DoubleQuoted(raw),
            _ => (Unquoted(raw), true, null),
        };
        if (problem is not null)
        {
            return (key, string.Empty, (column, problem, "close the quote on the same line, or remove what follows it"));
        }

        if (!expand)
        {
            return (key, value, null);
        }

        var (expanded, (message, fix)) = ComposeInterpolation.Expand(value, lookup, secrets);
        return expanded is null ? (key, string.Empty, (column, message, fix)) : (key, expanded, null);
    }

    /// <summary>An unquoted value ends at whitespace followed by '#'.</summary>
    private static string Unquoted(string raw)
    {
        for (var i = 1; i < raw.Length; i++)
        {
            if (raw[i] == '#' && char.IsWhiteSpace(raw[i - 1]))
            {
                return raw[..i].TrimEnd();
            }
        }

        return raw.Length > 0 && raw[0] == '#' ? string.Empty : raw.TrimEnd();
    }

    private static (string Value, bool Expand, string? Problem) DoubleQuoted(string raw)
    {
        var value = new StringBuilder();
        for (var i = 1; i < raw.Length; i++)
        {
            if (raw[i] == '"')
            {
                return Quoted(raw, i, value.ToString(), expand: true);
            }

            if (raw[i] == '\\' && i + 1 < raw.Length)
            {
                i++;
                value.Append(raw[i] switch { 'n' => "\n", 't' => "\t", 'r' => "\r", '"' => "\"", '\\' => "\\", var c => $"\\{c}" });
                continue;
            }

            value.Append(raw[i]);
        }

        return Quoted(raw, -1, string.Empty, expand: true);
    }

    /// <summary>A quoted value closed at <paramref name="close"/> (-1: never); only a comment may follow it.</summary>
    private static (string Value, bool Expand, string? Problem) Quoted(string raw, int close, string value, bool expand)
    {
        if (close < 0)
        {
            return (string.Empty, expand, $"the quote {raw[0]} is not closed");
        }

        var rest = raw[(close + 1)..].Trim();
        return rest.Length == 0 || rest[0] == '#' ? (value, expand, null) : (string.Empty, expand, $"'{Excerpt.Of(rest)}' follows the closing quote");
    }
}
