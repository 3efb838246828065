using ChaosBench.Cli.Styling;
using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;
using ChaosBench.Runner;

namespace ChaosBench.Cli;

/// <summary>
/// Prints a run as it happens: one line per phase and event. On a terminal that wants colours the run also has a row
/// on the <see cref="LiveBoard"/> (phase, elapsed, operations, current fault); piped, under CI or with NO_COLOR, the
/// output is plain lines only. When other runs print at the same time, every line starts with the scenario's name.
/// </summary>
internal sealed class ConsoleProgress : IRunObserver, IDisposable
{
    // One gate for every run's plain lines: a multi-line summary is never split by another run's line.
    private static readonly Lock Gate = new();
    private readonly string _prefix;
    private readonly Func<string, bool> _isFault;
    private readonly LiveBoard? _board;
    private readonly BoardRow? _row;

    /// <param name="isFault">Whether a timeline entry's kind is a fault or step of the scenario's vocabulary: the board shows the latest as "now".</param>
    public ConsoleProgress(string scenario, Func<string, bool> isFault, bool prefixed = false)
    {
        _prefix = prefixed ? $"{scenario} | " : string.Empty;
        _isFault = isFault;
        _board = LiveBoard.Current;
        _row = _board?.Add(scenario);
        Write($"== {scenario}");
    }

    public void PhaseStarted(string phase, TimeSpan at)
    {
        _row?.Phase = phase;
        Write($"[{Durations.Format(Round(at)),8}] phase {phase}");
    }

    public void Happened(TimelineEntry entry)
    {
        if (_isFault(entry.Kind))
        {
            _row?.Now = $"{entry.Kind} {entry.Target}";
        }

        var confirmed = entry.ConfirmedAfter is { } c ? $", confirmed after {c.TotalMilliseconds:0.0}ms" : string.Empty;
        Write($"[{Durations.Format(Round(entry.Time)),8}] {entry.Kind} {entry.Target}: {entry.Detail}{confirmed}");
    }

    public void Note(string line) => Write(line);

    public void Recording(History history) => _row?.History = history;

    public void Progress(string task, long done, long total) => _row?.Now = $"{LiveBoard.Bar(total > 0 ? (double)done / total : 0)} {task}";

    /// <summary>A note that is <paramref name="markup"/> where this run's lines are coloured (on the board, alone), else <paramref name="line"/>.</summary>
    public void Note(string line, string markup)
    {
        if (_board is not null && _prefix.Length == 0)
        {
            _board.MarkupLine(markup);
        }
        else
        {
            Write(line);
        }
    }

    public void Dispose()
    {
        if (_row is not null)
        {
            _board!.Remove(_row);
        }
    }

    private void Write(string text)
    {
        var lines = _prefix.Length == 0 ? text : string.Join('\n', text.Split('\n').Select(l => _prefix + l));
        if (_board is not null)
        {
            _board.WriteLine(lines);
            return;
        }

        lock (Gate)
        {
            Console.Error.WriteLine(lines);
        }
    }

    private static TimeSpan Round(TimeSpan t) => TimeSpan.FromMilliseconds(Math.Round(t.TotalMilliseconds));
}
