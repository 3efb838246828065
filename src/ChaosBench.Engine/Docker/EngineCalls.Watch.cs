namespace ChaosBench.Engine.Docker;

/// <summary>Telling a quiet engine from a frozen one: a ping when a watched call goes quiet, and the memory of a hang.</summary>
internal sealed partial class EngineCalls
{
    /// <summary>Waits for <paramref name="task"/>; each time it stays quiet for the idle period, pings the engine, and gives up when that goes unanswered.</summary>
    private async Task<T> WatchAsync<T>(string operation, Task<T> task, CancellationTokenSource stop, CancellationToken ct)
    {
        while (true)
        {
            using (var idle = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                var quiet = Task.Delay(Options.IdleProbe, Options.TimeProvider, idle.Token);
                var first = await Task.WhenAny(task, quiet);
                await idle.CancelAsync();
                if (first == task)
                {
                    return await task;
                }
            }

            ct.ThrowIfCancellationRequested();
            if (!await AnswersAsync(ct))
            {
                await stop.CancelAsync();
                _ = task.ContinueWith(t => t.Exception, TaskScheduler.Default);
                MarkHung(operation);
                throw new EngineException($"{operation}: the engine at {Endpoint} sent nothing for {Options.IdleProbe.TotalSeconds:0}s and then did not answer a ping within {Options.ProbeTimeout.TotalSeconds:0}s; it is hung or gone");
            }
        }
    }

    /// <summary>Fails at once when an earlier call found the engine frozen and a ping, at most once per idle period, still finds it so.</summary>
    private async Task GateAsync(string operation, CancellationToken ct)
    {
        Hang? hang;
        lock (_gate)
        {
            hang = _hang;
        }

        if (hang is null)
        {
            return;
        }

        var now = Options.TimeProvider.GetUtcNow();
        if (now - hang.ProbedAt >= Options.IdleProbe && await AnswersAsync(ct))
        {
            lock (_gate)
            {
                _hang = null;
            }

            return;
        }

        lock (_gate)
        {
            _hang = hang with { ProbedAt = now - hang.ProbedAt >= Options.IdleProbe ? now : hang.ProbedAt };
        }

        throw new EngineException($"{operation}: not sent, the engine at {Endpoint} stopped answering ('{hang.Operation}' got no answer) and still does not answer a ping; fix: see why the engine is stuck (stopped, overloaded), then run again: the next start sweeps what this run left");
    }

    private void MarkHung(string operation)
    {
        lock (_gate)
        {
            _hang ??= new Hang(operation, Options.TimeProvider.GetUtcNow());
        }
    }

    /// <summary>Whether the engine answers <c>/_ping</c> within the probe timeout.</summary>
    private async Task<bool> AnswersAsync(CancellationToken ct)
    {
        using var probe = CancellationTokenSource.CreateLinkedTokenSource(ct);
        probe.CancelAfter(Options.ProbeTimeout);
        try
        {
            await _unversioned.System.PingAsync(probe.Token);
            return true;
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>The call that found the engine frozen, and when the engine was last pinged about it.</summary>
    private sealed record Hang(string Operation, DateTimeOffset ProbedAt);
}
