using System.Text;
using ChaosBench.Engine;
using ChaosBench.Faults;

namespace ChaosBench.Runner;

/// <summary>What a run keeps as evidence besides the history: each member's log and the engine's view of its containers.</summary>
internal static class Evidence
{
    /// <summary>Engine actions worth a timeline entry (exec and attach noise left out).</summary>
    private static readonly HashSet<string> Actions = ["start", "die", "kill", "stop", "pause", "unpause", "restart", "oom", "destroy"];

    /// <summary>Each member's log since the run started, stdout and stderr interleaved as the engine stamped them.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> LogsAsync(IContainerEngine engine, Deployment deployment, DateTimeOffset since)
    {
        var logs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in deployment.Members)
        {
            var text = new StringBuilder(string.Concat(member.EarlierLogs.Select(l => l + "\n")));
            try
            {
                await foreach (var line in engine.Containers.LogsAsync(member.ContainerId, follow: false, since: since.AddSeconds(-1)))
                {
                    text.Append(LogFormat.Line(line)).Append('\n');
                }
            }
            catch (EngineException e)
            {
                text.Append($"(log unavailable: {e.Message})\n");
            }

            logs[member.Name] = text.ToString();
        }

        return logs;
    }

    /// <summary>Streams the engine's events about the run's containers onto the timeline until disposed.</summary>
    public static IDisposable WatchEvents(IContainerEngine engine, string runId, RunRecorder recorder, CancellationToken ct)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var offset = DateTimeOffset.UtcNow - recorder.Now;
        _ = Task.Run(async () =>
        {
            try
            {
                await foreach (var e in engine.EventsAsync(new EventFilter { Label = $"chaosbench.run={runId}", Since = DateTimeOffset.UtcNow }, stop.Token))
                {
                    var action = e.Action.Split(':')[0];
                    if (e.Type == "container" && Actions.Contains(action) && e.Attributes.TryGetValue("chaosbench.member", out var member))
                    {
                        var detail = e.Attributes.TryGetValue("exitCode", out var code) ? $"{e.Action} (exit {code})" : e.Action;
                        recorder.Record("engine", member, detail, at: e.Time - offset);
                    }
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or EngineException or HttpRequestException or IOException)
            {
                // The stream ends with the run; the timeline keeps what arrived.
            }
        }, CancellationToken.None);
        return new Cancelling(stop);
    }

    /// <summary>Disposing a token source does not cancel it; this does both.</summary>
    private sealed class Cancelling(CancellationTokenSource source) : IDisposable
    {
        public void Dispose()
        {
            source.Cancel();
            source.Dispose();
        }
    }
}
