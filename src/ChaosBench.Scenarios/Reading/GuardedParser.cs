using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ChaosBench.Scenarios.Reading;

/// <summary>
/// YamlDotNet's parser with two guards for the loader: it stops nesting deeper than any scenario or Compose file
/// needs (the representation model recurses per level, and a hundred thousand '[' would overflow the stack and end
/// the process), and it remembers the last event read, so that the odd input on which YamlDotNet fails with an
/// <see cref="InvalidOperationException"/> or <see cref="ArgumentException"/> still gets a line and column.
/// </summary>
internal sealed class GuardedParser(string text) : IParser
{
    public const int MaxDepth = 64;

    private readonly Parser _inner = new(new StringReader(text));
    private int _depth;

    public ParsingEvent? Current => _inner.Current;

    /// <summary>The last event read: where reading stopped.</summary>
    public ParsingEvent? Last { get; private set; }

    /// <summary>Whether reading stopped at <see cref="MaxDepth"/>.</summary>
    public bool TooDeep { get; private set; }

    public bool MoveNext()
    {
        var moved = _inner.MoveNext();
        Last = _inner.Current ?? Last;
        _depth += _inner.Current switch { SequenceStart or MappingStart => 1, SequenceEnd or MappingEnd => -1, _ => 0 };
        if (_depth > MaxDepth)
        {
            TooDeep = true;
            throw new YamlException(Last!.Start, Last.End, $"nested more than {MaxDepth} levels deep");
        }

        return moved;
    }
}
