using ChaosBench.Checkers;
using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Engine.Docker;
using ChaosBench.Engine.Local;
using ChaosBench.Hosting;
using ChaosBench.Model;
using ChaosBench.Model.Records;

namespace ChaosBench.Testcontainers;

/// <summary>
/// ChaosBench inside a test that builds its own containers with Testcontainers: the labels that put them under the
/// harness's cleanup (<see cref="Labels"/>, <see cref="ChaosLabels"/>), faults on them
/// (<see cref="KillAsync"/>, <see cref="PauseAsync"/>...), the history the test's client records (<see cref="Recorder"/>) and the
/// checkers over both (<see cref="Check"/>, <see cref="ChaosVerdicts"/>). Disposing removes whatever still carries its labels, as a run's
/// teardown does; a test process killed before that leaves them to the next harness start's sweep.
/// </summary>
public sealed partial class ChaosSession : IAsyncDisposable
{
    private readonly List<TimelineEntry> _timeline = [];
    private readonly Lock _gate = new();
    private readonly RunResources _resources;
    private readonly bool _ownsEngine;

    /// <param name="time">The clock of the history and the timeline. Default: <see cref="TimeProvider.System"/>.</param>
    /// <param name="engine">The engine the containers run on. Default: found as the docker CLI finds it (DOCKER_HOST, contexts, sockets).</param>
    public ChaosSession(TimeProvider? time = null, IContainerEngine? engine = null)
    {
        _ownsEngine = engine is null;
        Engine = engine ?? new DockerEngine();
        _resources = new RunResources(Engine, $"tc-{Guid.NewGuid().ToString("N")[..12]}");
        Processes = LocalProcesses.For(Engine);
        Recorder = new OperationRecorder(time ?? TimeProvider.System);
    }

    /// <summary>The run id its objects are labelled with (<c>chaosbench.run</c>).</summary>
    public string RunId => _resources.RunId;

    /// <summary>The harness's labels: put them on every container, network and volume the test builds.</summary>
    public IReadOnlyDictionary<string, string> Labels => _resources.Labels;

    /// <summary>The operations the test's client recorded.</summary>
    public OperationRecorder Recorder { get; }

    /// <summary>The faults injected and repaired so far, stamped on the recorder's clock.</summary>
    public IReadOnlyList<TimelineEntry> Timeline
    {
        get
        {
            lock (_gate)
            {
                return [.. _timeline];
            }
        }
    }

    internal IContainerEngine Engine { get; }

    internal IProcessSignals Processes { get; }

    /// <summary>
    /// Judges <paramref name="expectation"/> (e.g. <c>new Expectation(new NoLostWritesChecker(), new NoLostWritesOptions())</c>)
    /// over the history and the timeline, with the built-in kinds telling crashes and repairs apart; a crashing
    /// checker yields <c>unknown</c>.
    /// </summary>
    public Verdict Check(Expectation expectation) =>
        Judging.Judge(expectation, new CheckInput(Recorder.History, Timeline) { Kinds = BuiltInKinds.Vocabulary });

    internal void Record(TimeSpan at, string kind, string target, string detail, TimeSpan? confirmedAfter = null)
    {
        lock (_gate)
        {
            _timeline.Add(new TimelineEntry(at, kind, target, detail, confirmedAfter));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _resources.DisposeAsync();
        if (_ownsEngine)
        {
            Engine.Dispose();
        }
    }
}
