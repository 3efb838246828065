using System.Globalization;
using ChaosBench.Images;
using ChaosBench.Model;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ChaosBench.Cli.Styling;

/// <summary>
/// The foot of a terminal while runs go on: one row per run (phase, elapsed time, operations ok, fail and info so
/// far, and the fault or step it is at) and one per image being built or loaded, with a bar, redrawn four times a
/// second; every other line scrolls above it. There is a board only where colours are wanted on standard error
/// (<see cref="ConsoleStyle.Wanted"/>): piped, under <c>CI</c> or with <c>NO_COLOR</c>, the lines are today's, alone.
/// </summary>
internal sealed class LiveBoard : IDisposable
{
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(250);

    // Rows come and go and lines arrive from every run's threads; Spectre's live display is not thread safe, so every
    // write and every redraw happens under this one lock.
    private readonly Lock _gate = new();
    private readonly List<BoardRow> _rows = [];
    private readonly Dictionary<string, BoardRow> _builds = [];
    private readonly IAnsiConsole _console;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _display;
    private LiveDisplayContext? _context;

    private LiveBoard(IAnsiConsole console)
    {
        _console = console;
        var started = new TaskCompletionSource();
        _display = console.Live(new Text(string.Empty)).AutoClear(true).Overflow(VerticalOverflow.Ellipsis).StartAsync(async context =>
        {
            lock (_gate)
            {
                _context = context;
            }

            started.SetResult();
            while (!_stop.IsCancellationRequested)
            {
                Redraw();
                await Task.Delay(Refresh, _stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            lock (_gate)
            {
                _context.UpdateTarget(new Text(string.Empty));
                _context = null;
            }
        });
        started.Task.Wait();
    }

    /// <summary>The board of this process while one is shown, so that the harness's own lines scroll above it too.</summary>
    public static LiveBoard? Current { get; private set; }

    /// <summary>A board on standard error when it is a terminal that wants colours; else none, and nothing changes.</summary>
    public static LiveBoard? Start(Func<string, string?> environment)
    {
        if (!ConsoleStyle.Wanted(Console.IsErrorRedirected, environment))
        {
            return null;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.Standard, Out = new AnsiConsoleOutput(Console.Error) });
        return Current = new LiveBoard(console);
    }

    /// <summary>Writes <paramref name="line"/> on standard error: above the board when there is one.</summary>
    public static void WriteError(string line)
    {
        if (Current is { } board)
        {
            board.WriteLine(line);
        }
        else
        {
            Console.Error.WriteLine(line);
        }
    }

    /// <summary>Writes <paramref name="line"/> on standard output; above the board when both are the same terminal, so it is not drawn over.</summary>
    public static void WriteOut(string line)
    {
        if (Current is { } board && !Console.IsOutputRedirected)
        {
            board.WriteLine(line);
        }
        else
        {
            Console.WriteLine(line);
        }
    }

    /// <summary>A row for a run, shown until it is removed.</summary>
    public BoardRow Add(string name)
    {
        var row = new BoardRow(name);
        lock (_gate)
        {
            _rows.Add(row);
        }

        return row;
    }

    public void Remove(BoardRow row)
    {
        lock (_gate)
        {
            _rows.Remove(row);
        }
    }

    /// <summary>An image build's step: its row appears at the first step, shows a bar of the steps, and goes when it is built.</summary>
    public void BuildStep(ImageBuildStep step)
    {
        lock (_gate)
        {
            if (!_builds.TryGetValue(step.Tag, out var row))
            {
                row = _builds[step.Tag] = new BoardRow($"image {step.Tag}") { Phase = "build" };
                _rows.Add(row);
            }

            row.Now = $"{Bar((double)(step.Number - 1) / step.Steps)} {step.Number}/{step.Steps} {step.What}";
            if (step.Done)
            {
                _builds.Remove(step.Tag);
                _rows.Remove(row);
            }
        }
    }

    /// <summary>A plain line above the board.</summary>
    public void WriteLine(string text)
    {
        lock (_gate)
        {
            _console.Write(new ErasedLines(new Text(text)));
        }
    }

    /// <summary>A line of Spectre markup above the board.</summary>
    public void MarkupLine(string markup)
    {
        lock (_gate)
        {
            _console.Write(new ErasedLines(new Markup(markup)));
        }
    }

    /// <summary>A bar of <paramref name="fraction"/> in twenty cells, as the board draws downloads and builds.</summary>
    public static string Bar(double fraction)
    {
        var full = (int)Math.Round(Math.Clamp(fraction, 0, 1) * 20);
        return $"[{new string('#', full)}{new string('-', 20 - full)}]";
    }

    public void Dispose()
    {
        _stop.Cancel();
        _display.Wait();
        _stop.Dispose();
        Current = null;
    }

    private void Redraw()
    {
        lock (_gate)
        {
            _context?.UpdateTarget(Render());
        }
    }

    private IRenderable Render()
    {
        if (_rows.Count == 0)
        {
            return new Text(string.Empty);
        }

        var table = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey)
            .AddColumn("run").AddColumn("phase").AddColumn(new TableColumn("elapsed").RightAligned())
            .AddColumn(new TableColumn("ok").RightAligned()).AddColumn(new TableColumn("fail").RightAligned()).AddColumn(new TableColumn("info").RightAligned())
            .AddColumn("now");
        foreach (var row in _rows)
        {
            var operations = row.Operations();
            table.AddRow(
                new Text(row.Name), new Text(row.Phase), new Text(Durations.Format(TimeSpan.FromSeconds(Math.Round(row.Elapsed.TotalSeconds, 1)))),
                Count(operations?.Ok, Color.Green), Count(operations?.Fail, Color.Red), Count(operations?.Info, Color.Yellow), new Text(row.Now));
        }

        return table;
    }

    /// <summary>A count in its colour when it is not zero; blank for a row that counts nothing.</summary>
    private static Text Count(int? count, Color colour) =>
        count is not { } n ? new Text(string.Empty) : new Text(n.ToString(CultureInfo.InvariantCulture), n > 0 ? new Style(colour) : Style.Plain);
}
