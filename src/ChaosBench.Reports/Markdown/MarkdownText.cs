using System.Text;
using System.Text.RegularExpressions;

namespace ChaosBench.Reports.Markdown;

/// <summary>
/// Text from products and checkers goes into Markdown verbatim only after this: an error message holding
/// <c>|</c> would split a table cell, <c>&lt;b&gt;</c> would render as HTML, <c>*</c> as emphasis.
/// </summary>
internal static partial class MarkdownText
{
    /// <summary>Escapes <paramref name="text"/> for a table cell or within a line.</summary>
    public static string Inline(string text) =>
        Special().Replace(text, @"\$0").Replace("\r\n", "\n").Replace("\n", "<br>");

    /// <summary>Escapes <paramref name="text"/> for a paragraph of its own, where a leading <c>#</c>, <c>&gt;</c>, <c>- </c> or <c>1. </c> would start a heading, quote or list.</summary>
    public static string Paragraph(string text) => BlockStart().Replace(Inline(text), @"$1\$2", 1);

    /// <summary>A fenced block whose fence is longer than any run of backticks in the content, so nothing can close it early.</summary>
    public static string Fence(string info, string content)
    {
        var longest = Backticks().Matches(content).Select(m => m.Length).DefaultIfEmpty(0).Max();
        var fence = new string('`', Math.Max(3, longest + 1));
        var block = new StringBuilder();
        block.Append(fence).Append(info).Append('\n').Append(content.TrimEnd('\n')).Append('\n').Append(fence).Append('\n');
        return block.ToString();
    }

    /// <summary>A table with escaped cells; <paramref name="header"/> cells are trusted.</summary>
    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = new StringBuilder();
        table.Append("| ").AppendJoin(" | ", header).Append(" |\n");
        table.Append('|').AppendJoin('|', header.Select(_ => "---")).Append("|\n");
        foreach (var row in rows)
        {
            table.Append("| ").AppendJoin(" | ", row.Select(Inline)).Append(" |\n");
        }

        return table.ToString();
    }

    [GeneratedRegex(@"[\\`*_\[\]<>|&~]")]
    private static partial Regex Special();

    [GeneratedRegex(@"^(\d*)([#>]|[-+=](?=\s|$)|(?<=\d)[.)](?=\s|$))")]
    private static partial Regex BlockStart();

    [GeneratedRegex("`+")]
    private static partial Regex Backticks();
}
