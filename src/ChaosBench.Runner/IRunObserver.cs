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
