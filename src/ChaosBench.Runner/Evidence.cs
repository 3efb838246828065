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
            catch (Exception e) when (e is EngineException or HttpRequestException or IOException)
            {
                text.Append($"(log unavailable: {e.Message})\n");
            }

            logs[member.Name] = text.ToString();
        }

        return logs;
    }

    /// <summary>
    /// Streams the engine's events about the run's containers onto the timeline until disposed. The stream stays
    /// open as long as the engine runs, so its end before then means the engine went away (stopped, restarted,
    /// or the connection to it was cut): <paramref name="lost"/> hears why.
    /// </summary>
    public static IDisposable WatchEvents(IContainerEngine engine, string runId, RunRecorder recorder, Action<string> lost, CancellationToken ct)
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

                if (!stop.IsCancellationRequested)
                {
                    lost("its event stream ended");
                }
            }
            catch (OperationCanceledException)
            {
                // The stream ends with the run; the timeline keeps what arrived.
            }
            catch (Exception ex) when (ex is EngineException or HttpRequestException or IOException)
            {
                if (!stop.IsCancellationRequested)
                {
                    lost(ex.InnerException?.Message ?? ex.Message);
                }
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
