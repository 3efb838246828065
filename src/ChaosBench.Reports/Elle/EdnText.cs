using System.Globalization;
using ChaosBench.Model.History;

namespace ChaosBench.Reports.Elle;

/// <summary>How EDN spells the few values a history needs: strings, integers, nil, keywords and transactions.</summary>
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

    /// <summary>
    /// A transaction's micro-operations as Elle writes them, <c>[[:append 3 1] [:r 3 [1 2]] [:r 4 nil]]</c>. Keys and
    /// elements that are integers in their shortest form are written as EDN integers, as Elle's generator makes
    /// them; any other text is a string. Either reads back as the same text.
    /// </summary>
    public static void Transaction(TextWriter output, IReadOnlyList<MicroOp> txn)
    {
        output.Write('[');
        for (var i = 0; i < txn.Count; i++)
        {
            var mop = txn[i];
            output.Write(i == 0 ? "[" : " [");
            Keyword(output, mop.F);
            output.Write(' ');
            Scalar(output, mop.Key);
            output.Write(' ');
            if (mop.F == TxnFunctions.Read)
            {
                Elements(output, mop.Read);
            }
            else
            {
                Scalar(output, mop.Value);
            }

            output.Write(']');
        }

        output.Write(']');
    }

    /// <summary>An integer as an EDN integer when that reads back as the same text (no sign of +, no leading zero), else a string.</summary>
    public static void Scalar(TextWriter output, string? text)
    {
        if (IsCanonicalInteger(text))
        {
            output.Write(text);
        }
        else
        {
            String(output, text);
        }
    }

    /// <summary><c>[1 2 3]</c>, or <c>nil</c> when there are none known.</summary>
    private static void Elements(TextWriter output, IReadOnlyList<string>? elements)
    {
        if (elements is null)
        {
            output.Write("nil");
            return;
        }

        output.Write('[');
        for (var i = 0; i < elements.Count; i++)
        {
            if (i > 0)
            {
                output.Write(' ');
            }

            Scalar(output, elements[i]);
        }

        output.Write(']');
    }

    private static bool IsCanonicalInteger(string? text) =>
        text is not null && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
        && number.ToString(CultureInfo.InvariantCulture) == text;

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
