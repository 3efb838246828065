using System.Text;

namespace ChaosBench.Scenarios.Compose;

/// <summary>
/// A command written as one string, split into words as Compose splits it: at unquoted whitespace, with
/// <c>'...'</c> taken literally, <c>"..."</c> honouring <c>\"</c>, <c>\\</c>, <c>\$</c> and <c>\`</c>, and a backslash
/// outside quotes escaping the next character. Nothing is expanded: no shell runs the command.
/// </summary>
internal static class ShellWords
{
    /// <exception cref="FormatException">A quote is not closed, or the text ends in a lone backslash.</exception>
    public static List<string> Split(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }

                continue;
            }

            inWord = true;
            switch (c)
            {
                case '\'':
                    var end = text.IndexOf('\'', i + 1);
                    word.Append(end < 0 ? throw Unclosed('\'', i) : text[(i + 1)..end]);
                    i = end;
                    break;
                case '"':
                    i = DoubleQuoted(text, i, word);
                    break;
                case '\\':
                    word.Append(++i < text.Length ? text[i] : throw new FormatException("the text ends in a lone backslash"));
                    break;
                default:
                    word.Append(c);
                    break;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>Appends the double-quoted text opened at <paramref name="open"/>; returns the index of its closing quote.</summary>
    private static int DoubleQuoted(string text, int open, StringBuilder word)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                return i;
            }

            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\' or '$' or '`')
            {
                i++;
            }

            word.Append(text[i]);
        }

        throw Unclosed('"', open);
    }

    private static FormatException Unclosed(char quote, int at) => new($"the quote {quote} at character {at + 1} is not closed");
}
