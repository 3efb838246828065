using Spectre.Console;
using Spectre.Console.Rendering;

namespace ChaosBench.Cli.Styling;

/// <summary>
/// Lines printed over the place where the live board was: each line erases the rest of its row (the board's borders
/// would show past a short line's end otherwise, as Spectre moves the cursor up without clearing), and is not wrapped
/// by Spectre, so a copied line stays one line, as the terminal alone wraps it.
/// </summary>
internal sealed class ErasedLines(IRenderable lines) : Renderable
{
    private static readonly Segment EraseToEnd = Segment.Control("\u001b[K");

    protected override IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        foreach (var segment in lines.Render(options, int.MaxValue))
        {
            if (segment.IsLineBreak)
            {
                yield return EraseToEnd;
            }

            yield return segment;
        }

        yield return EraseToEnd;
        yield return Segment.LineBreak;
    }
}
