using Spectre.Console;

namespace ChaosBench.Cli.Styling;

/// <summary>
/// Colours on a terminal, plain lines elsewhere: a stream is styled only when it is a terminal, <c>CI</c> is unset and
/// <c>NO_COLOR</c> is unset or empty (no-color.org). Plain lines are byte for byte the text a styled line shows, so
/// logs, golden files and scripts reading the output never see a colour code.
/// </summary>
internal static class ConsoleStyle
{
    // Wider than any line the CLI prints; Spectre pads nothing to it on a plain line.
    private const int LineWidth = 1 << 20;

    private static readonly IAnsiConsole? StyledOut = Create(Console.IsOutputRedirected, Console.Out);
    private static readonly IAnsiConsole? StyledError = Create(Console.IsErrorRedirected, Console.Error);

    /// <summary>Whether a stream gets colours: a terminal (not <paramref name="redirected"/>), not under CI, no NO_COLOR.</summary>
    public static bool Wanted(bool redirected, Func<string, string?> environment) =>
        !redirected && environment("CI") is null && string.IsNullOrEmpty(environment("NO_COLOR"));

    /// <summary>The styled console writing to <paramref name="writer"/>: only this process's own standard output or error, when styled.</summary>
    public static IAnsiConsole? For(TextWriter writer) =>
        ReferenceEquals(writer, Console.Out) ? StyledOut : ReferenceEquals(writer, Console.Error) ? StyledError : null;

    /// <summary>A console for tables on standard output, as wide as the terminal; none when standard output is not styled.</summary>
    public static IAnsiConsole? Tables() =>
        StyledOut is null ? null : AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.Standard, Out = new AnsiConsoleOutput(Console.Out) });

    /// <summary>Writes <paramref name="markup"/> on <paramref name="styled"/> when there is one, else <paramref name="text"/> on <paramref name="plain"/>.</summary>
    public static void WriteLine(TextWriter plain, IAnsiConsole? styled, string text, string markup)
    {
        if (styled is null)
        {
            plain.WriteLine(text);
        }
        else
        {
            styled.MarkupLine(markup);
        }
    }

    /// <summary>An error line (<c>chaosbench: ...</c> or <c>FILE:LINE:COL: ...</c>): what went wrong in red, its fix in the default colour.</summary>
    public static string Error(string line)
    {
        var fix = line.IndexOf("; fix: ", StringComparison.Ordinal);
        return fix < 0
            ? $"[red]{Markup.Escape(line)}[/]"
            : $"[red]{Markup.Escape(line[..fix])}[/]; [yellow]fix:[/] {Markup.Escape(line[(fix + "; fix: ".Length)..])}";
    }

    /// <summary>A verdict's or a run's status word: passed green, failed red, unknown and errored yellow, aborted dim.</summary>
    public static string Status(string status) => status switch
    {
        "passed" => "[green]passed[/]",
        "failed" => "[bold red]failed[/]",
        "aborted" => "[dim]aborted[/]",
        _ => $"[yellow]{Markup.Escape(status)}[/]",
    };

    /// <summary>
    /// A line is never wrapped by the console (the terminal wraps it where it must): a copied error line stays one line,
    /// and with its colour codes removed is the plain line.
    /// </summary>
    private static IAnsiConsole? Create(bool redirected, TextWriter writer)
    {
        if (!Wanted(redirected, Environment.GetEnvironmentVariable))
        {
            return null;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.Standard, Out = new AnsiConsoleOutput(writer) });
        console.Profile.Width = LineWidth;
        return console;
    }
}
