using System.Diagnostics;
using ChaosBench.Model.Planning;
using ChaosBench.Model.Records;

namespace ChaosBench.Runner;

/// <summary>The run's clock and its append-only log of phases, timeline entries and run-time decisions.</summary>
internal sealed class RunRecorder(IRunObserver observer)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private readonly List<PhaseRecord> _phases = [];
    private readonly List<TimelineEntry> _timeline = [];
    private readonly List<Decision> _decisions = [];
    private (string Name, TimeSpan Start)? _current;

    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    /// <summary>Time since the run started: stamps phases, the timeline and the history alike.</summary>
    public TimeSpan Now => _clock.Elapsed;

    /// <summary>The phase running now, or the last one.</summary>
    public string Phase => _current?.Name ?? "start";

    public IReadOnlyList<PhaseRecord> Phases => Snapshot(_phases);

    public IReadOnlyList<TimelineEntry> Timeline => Snapshot(_timeline).OrderBy(e => e.Time).ToList();

    public IReadOnlyList<Decision> Decisions => Snapshot(_decisions);

    public void BeginPhase(RunPhase phase)
    {
        var name = Model.Kinds.OptionsShape.KebabCase(phase.ToString());
        EndPhase("ok");
        lock (_gate)
        {
            _current = (name, Now);
        }

        observer.PhaseStarted(name, Now);
    }

    public void EndPhase(string status)
    {
        lock (_gate)
        {
            if (_current is { } phase)
            {
                _phases.Add(new PhaseRecord(phase.Name, phase.Start, Now, status));
                _current = null;
            }
        }
    }

    public TimelineEntry Record(string kind, string target, string detail, TimeSpan? confirmedAfter = null, TimeSpan? at = null)
    {
        var entry = new TimelineEntry(at ?? Now, kind, target, detail, confirmedAfter);
        lock (_gate)
        {
            _timeline.Add(entry);
        }

        observer.Happened(entry);
        return entry;
    }

    public void Decide(Decision decision)
    {
        lock (_gate)
        {
            _decisions.Add(decision);
        }
    }

    private List<T> Snapshot<T>(List<T> list)
    {
        lock (_gate)
        {
            return [.. list];
        }
    }
}
