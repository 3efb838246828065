using System.Globalization;

namespace ChaosBench.Reports.Elle;

/// <summary>How EDN spells the few values a history needs: strings, nil and keywords.</summary>
internal static class EdnText
{
    /// <summary>
    /// A quoted string with EDN's escapes (<c>\" \\ \n \r \t</c>); other control characters as <c>\uXXXX</c>, which
    /// Clojure's EDN reader accepts. Anything else, non-ASCII included, is written as it is (the file is UTF-8).
    /// </summary>
    public static void String(TextWriter output, string? text)
    {
        if (text is null)
        {
            output.Write("nil");
            return;
        }

        output.Write('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': output.Write("\\\""); break;
                case '\\': output.Write("\\\\"); break;
                case '\n': output.Write("\\n"); break;
                case '\r': output.Write("\\r"); break;
                case '\t': output.Write("\\t"); break;
                case < ' ': output.Write(string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}")); break;
                default: output.Write(c); break;
            }
        }

        output.Write('"');
    }

    /// <summary><c>:name</c> when <paramref name="name"/> is a valid EDN keyword name, else the name as a string.</summary>
    public static void Keyword(TextWriter output, string name)
    {
        if (IsSymbol(name))
        {
            output.Write(':');
            output.Write(name);
        }
        else
        {
            String(output, name);
        }
    }

    /// <summary>An ASCII letter, then letters, digits and <c>*+!-_?&lt;&gt;=.</c>: a subset of EDN symbols that needs no care.</summary>
    private static bool IsSymbol(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || "*+!-_?<>=.".Contains(c));
}
