using System.Globalization;
using System.Text;

namespace ChaosBench.Reports.Elle;

/// <summary>
/// Reads EDN forms one by one: the subset Jepsen's histories are written in. Maps become <see cref="EdnMap"/>s,
/// vectors, lists and sets <see cref="List{T}"/>s, keywords <see cref="EdnKeyword"/>s, symbols
/// <see cref="EdnSymbol"/>s, integers <see cref="long"/> (or <c>BigInteger</c>), other numbers
/// <see cref="double"/>, strings and characters <see cref="string"/>, <c>true</c>/<c>false</c> and <c>nil</c>
/// themselves. A tagged value (<c>#jepsen.history.Op{...}</c>, <c>#inst "..."</c>) is read as the value, and
/// <c>#_</c> discards the next form, as Clojure does.
/// </summary>
/// <exception cref="InvalidDataException">The text is not EDN; the message names the place and the fix.</exception>
internal sealed class EdnReader(TextReader input, string path)
{
    private const int MaxDepth = 64;

    private int _line = 1;
    private int _column = 1;

    /// <summary>Reads the next form; false at the end of the input.</summary>
    public bool TryRead(out object? form)
    {
        SkipBlank();
        if (input.Peek() < 0)
        {
            form = null;
            return false;
        }

        form = ReadForm(0);
        return true;
    }

    /// <summary>Where the reader is, as <c>path:line:column</c>.</summary>
    public string Place => $"{path}:{_line}:{_column}";

    private object? ReadForm(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error($"forms nested deeper than {MaxDepth}", "a history op is a flat map");
        }

        SkipBlank();
        var (line, column) = (_line, _column);
        var c = Next();
        switch (c)
        {
            case < 0: throw Error("the input ends inside a form", "close every (, [ and {");
            case '{': return ReadMap(line, column, depth);
            case '[': return ReadSequence(']', depth, line, column);
            case '(': return ReadSequence(')', depth, line, column);
            case '"': return ReadString();
            case ':': return new EdnKeyword(ReadToken());
            case '\\': return ReadCharacter();
            case '#': return ReadDispatch(depth, line, column);
            case ')' or ']' or '}': throw Error($"unexpected '{(char)c}'", "remove it, or open what it closes");
            default:
                var token = (char)c + ReadToken();
                return EdnAtoms.TryParse(token, out var atom) ? atom : throw Error($"'{token}' is not a number", "write integers as 42, decimals as 4.2");
        }
    }

    private EdnMap ReadMap(int line, int column, int depth)
    {
        var map = new EdnMap(line);
        foreach (var pair in ReadSequence('}', depth, line, column).Chunk(2))
        {
            if (pair.Length < 2)
            {
                throw Error("a map has a key without a value", "give every key a value");
            }

            map[pair[0] ?? throw Error("a map key is nil", "use a keyword as the key")] = pair[1];
        }

        return map;
    }

    /// <summary>The forms up to <paramref name="close"/>; the opening bracket was at <paramref name="line"/>:<paramref name="column"/>.</summary>
    private List<object?> ReadSequence(char close, int depth, int line, int column)
    {
        var items = new List<object?>();
        while (true)
        {
            SkipBlank();
            if (input.Peek() < 0)
            {
                throw new InvalidDataException($"{path}:{line}:{column}: the form opened here is never closed; fix: close it with '{close}'");
            }

            if (input.Peek() == close)
            {
                Next();
                return items;
            }

            if (input.Peek() is ')' or ']' or '}')
            {
                throw Error($"'{(char)input.Peek()}' closes a form opened with another bracket", $"close it with '{close}'");
            }

            items.Add(ReadForm(depth + 1));
        }
    }

    private object? ReadDispatch(int depth, int line, int column)
    {
        switch (input.Peek())
        {
            case '{':
                Next();
                return ReadSequence('}', depth, line, column);
            case '_':
                Next();
                ReadForm(depth + 1);
                return ReadForm(depth);
            default:
                // A tag names how to build the next value; its plain reading is all a history needs.
                if (ReadToken().Length == 0)
                {
                    throw Error("'#' is not followed by a tag", "write #tag value, #{...} or #_ form");
                }

                return ReadForm(depth + 1);
        }
    }

    private string ReadString()
    {
        var text = new StringBuilder();
        while (true)
        {
            var c = Next();
            switch (c)
            {
                case < 0: throw Error("the input ends inside a string", "close the string with \"");
                case '"': return text.ToString();
                case '\\': text.Append(Escape()); break;
                default: text.Append((char)c); break;
            }
        }
    }

    private char Escape() => Next() switch
    {
        '"' => '"',
        '\\' => '\\',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'b' => '\b',
        'f' => '\f',
        'u' => (char)int.Parse(string.Concat(Enumerable.Range(0, 4).Select(_ => (char)Next())), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        var other => throw Error($"unknown escape '\\{(char)other}' in a string", "escape only \" \\ n r t b f and uXXXX"),
    };

    private string ReadCharacter()
    {
        var name = ReadToken();
        if (name.Length == 0)
        {
            return ((char)Next()).ToString();
        }

        return name switch
        {
            "newline" => "\n",
            "space" => " ",
            "tab" => "\t",
            "return" => "\r",
            _ when name.Length == 1 => name,
            _ => throw Error($"unknown character \\{name}", "write a string instead"),
        };
    }

    /// <summary>The characters up to the next delimiter.</summary>
    private string ReadToken()
    {
        var token = new StringBuilder();
        while (input.Peek() is var c and >= 0 && !IsDelimiter((char)c))
        {
            token.Append((char)Next());
        }

        return token.ToString();
    }

    private void SkipBlank()
    {
        while (input.Peek() is var c and >= 0)
        {
            if (c == ';')
            {
                while (input.Peek() is >= 0 and not '\n')
                {
                    Next();
                }
            }
            else if (char.IsWhiteSpace((char)c) || c == ',')
            {
                Next();
            }
            else
            {
                return;
            }
        }
    }

    private int Next()
    {
        var c = input.Read();
        if (c == '\n')
        {
            _line++;
            _column = 1;
        }
        else if (c >= 0)
        {
            _column++;
        }

        return c;
    }

    private static bool IsDelimiter(char c) => char.IsWhiteSpace(c) || c is ',' or '(' or ')' or '[' or ']' or '{' or '}' or '"' or ';';

    private InvalidDataException Error(string what, string fix) => new($"{Place}: {what}; fix: {fix}");
}
