using ChaosBench.Model;
using ChaosBench.Model.Records;
using ChaosBench.Runner;

namespace ChaosBench.Cli;

/// <summary>
/// Prints a run as it happens: one line per phase and event. On a terminal the workload phase also keeps a
/// live elapsed-time line; under CI or when piped, output is plain lines only.
/// </summary>
internal sealed class ConsoleProgress : IRunObserver, IDisposable
{
    private static readonly bool Live = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;
    private readonly Lock _gate = new();
    private readonly Timer? _ticker;
    private string _phase = "start";
    private TimeSpan _phaseStart;
    private DateTime _phaseStartedAt = DateTime.UtcNow;

    public ConsoleProgress(string scenario)
    {
        Console.Error.WriteLine($"== {scenario}");
        _ticker = Live ? new Timer(_ => Tick(), null, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250)) : null;
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

    public void Dispose()
    {
        _ticker?.Dispose();
        Write(() => null);
    }

    private void Tick()
    {
        lock (_gate)
        {
            var elapsed = _phaseStart + (DateTime.UtcNow - _phaseStartedAt);
            Console.Error.Write($"\r  {_phase} … {Durations.Format(Round(elapsed))}   ");
        }
    }

    private void Write(Func<string?> line)
    {
        lock (_gate)
        {
            if (Live)
            {
                Console.Error.Write("\r\u001b[K");
            }

            if (line() is { } text)
            {
                Console.Error.WriteLine(text);
            }
        }
    }

    private static TimeSpan Round(TimeSpan t) => TimeSpan.FromMilliseconds(Math.Round(t.TotalMilliseconds));
}
