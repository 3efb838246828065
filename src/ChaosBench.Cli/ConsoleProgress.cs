using ChaosBench.Cli.Styling;
using ChaosBench.Model;
using ChaosBench.Model.Records;
using ChaosBench.Runner;
using Spectre.Console;

namespace ChaosBench.Cli;

/// <summary>
/// Prints a run as it happens: one line per phase and event. On a terminal the workload phase also keeps a
/// live elapsed-time line; under CI or when piped, output is plain lines only. When other runs print at the same
/// time, every line starts with the scenario's name and there is no live line.
/// </summary>
internal sealed class ConsoleProgress : IRunObserver, IDisposable
{
    private static readonly bool Terminal = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;

    // One gate for every run's progress: a multi-line summary is never split by another run's line.
    private static readonly Lock Gate = new();
    private readonly bool _live;
    private readonly string _prefix;

    // Where this run's summary is coloured: on a styled terminal, when no other run prints beside it.
    private readonly IAnsiConsole? _styled;
    private readonly Timer? _ticker;
    private string _phase = "start";
    private TimeSpan _phaseStart;
    private DateTime _phaseStartedAt = DateTime.UtcNow;

    public ConsoleProgress(string scenario, bool prefixed = false)
    {
        _live = Terminal && !prefixed;
        _prefix = prefixed ? $"{scenario} | " : string.Empty;
        _styled = prefixed ? null : ConsoleStyle.For(Console.Error);
        Write(() => $"== {scenario}");
        _ticker = _live ? new Timer(_ => Tick(), null, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250)) : null;
    }

    public void PhaseStarted(string phase, TimeSpan at) => Write(() =>
    {
        _phase = phase;
        _phaseStart = at;
        _phaseStartedAt = DateTime.UtcNow;
        return $"[{Durations.Format(Round(at)),8}] phase {phase}";
    });

    public void Happened(TimelineEntry entry) => Write(() =>
    {
        var confirmed = entry.ConfirmedAfter is { } c ? $", confirmed after {c.TotalMilliseconds:0.0}ms" : string.Empty;
        return $"[{Durations.Format(Round(entry.Time)),8}] {entry.Kind} {entry.Target}: {entry.Detail}{confirmed}";
    });

    public void Note(string line) => Write(() => line);

    /// <summary>A note that is <paramref name="markup"/> where this run's lines are coloured, else <paramref name="line"/>.</summary>
    public void Note(string line, string markup) => Write(() => line, _styled is null ? null : markup);

    public void Dispose()
    {
        _ticker?.Dispose();
        Write(() => null);
    }

    private void Tick()
    {
        lock (Gate)
        {
            var elapsed = _phaseStart + (DateTime.UtcNow - _phaseStartedAt);
            Console.Error.Write($"\r  {_phase} … {Durations.Format(Round(elapsed))}   ");
        }
    }

    private void Write(Func<string?> line, string? markup = null)
    {
        lock (Gate)
        {
            if (_live)
            {
                Console.Error.Write("\r\u001b[K");
            }

            if (markup is not null)
            {
                _styled!.MarkupLine(markup);
            }
            else if (line() is { } text)
            {
                Console.Error.WriteLine(_prefix.Length == 0 ? text : string.Join('\n', text.Split('\n').Select(l => _prefix + l)));
            }
        }
    }

    private static TimeSpan Round(TimeSpan t) => TimeSpan.FromMilliseconds(Math.Round(t.TotalMilliseconds));
}
