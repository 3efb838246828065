using ChaosBench.Model.History;
using ChaosBench.Model.Records;

namespace ChaosBench.Runner;

/// <summary>Watches a run as it happens: the CLI prints progress from it.</summary>
public interface IRunObserver
{
    /// <summary>An observer that ignores everything.</summary>
    static IRunObserver None { get; } = new Silent();

    void PhaseStarted(string phase, TimeSpan at);

    void Happened(TimelineEntry entry);

    void Note(string line);

    /// <summary>The run's history, once the workload is about to record into it: a display may count its operations as they come.</summary>
    void Recording(History history)
    {
    }

    /// <summary>A long transfer of the run (an image tarball loaded into the engine): <paramref name="done"/> of <paramref name="total"/> bytes of <paramref name="task"/>.</summary>
    void Progress(string task, long done, long total)
    {
    }

    private sealed class Silent : IRunObserver
    {
        public void PhaseStarted(string phase, TimeSpan at)
        {
        }

        public void Happened(TimelineEntry entry)
        {
        }

        public void Note(string line)
        {
        }
    }
}
