using ChaosBench.Model.History;
using ChaosBench.Model.Records;
using ChaosBench.Model.Redaction;

namespace ChaosBench.Runner;

/// <summary>Passes a run's progress on with its secrets redacted: what the console prints is what the record keeps.</summary>
internal sealed class RedactingObserver(IRunObserver inner, Redactor secrets) : IRunObserver
{
    public void PhaseStarted(string phase, TimeSpan at) => inner.PhaseStarted(phase, at);

    public void Happened(TimelineEntry entry) => inner.Happened(entry with { Target = secrets.Redact(entry.Target), Detail = secrets.Redact(entry.Detail) });

    public void Note(string line) => inner.Note(secrets.Redact(line));

    public void Recording(History history) => inner.Recording(history);

    public void Progress(string task, long done, long total) => inner.Progress(secrets.Redact(task), done, total);
}
