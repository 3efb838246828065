using System.Text.RegularExpressions;
using ChaosBench.Engine;
using ChaosBench.Faults;
using ChaosBench.Model;

namespace ChaosBench.Runner;

/// <summary>Waits until a member answers its readiness probe: an HTTP URL, a command, or a log line.</summary>
internal sealed class ReadinessProbe(IContainerEngine engine)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(1) };
    private static readonly TimeSpan FastPolling = TimeSpan.FromSeconds(2);

    /// <summary>
    /// True once ready; false when <see cref="Readiness.Within"/> passed first, or as soon as the watch is
    /// <paramref name="overtaken"/> (a later repair watches the member instead). <paramref name="since"/> bounds a log probe.
    /// </summary>
    public async Task<bool> WaitAsync(Member member, Readiness? readiness, DateTimeOffset since, CancellationToken ct, Func<bool>? overtaken = null)
    {
        var began = DateTime.UtcNow;
        var deadline = began + (readiness?.Within ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline && overtaken?.Invoke() != true)
        {
            // One look at the container per round: nothing restarts an exited one, so it will not become ready by waiting.
            var state = (await engine.Containers.InspectAsync(member.ContainerId, ct)).State;
            if (state.Status is "exited" or "dead")
            {
                return false;
            }

            if (state.Running && !state.Paused && await AnswersAsync(member, readiness, since, ct))
            {
                return true;
            }

            // Recovery times are measured to this probe: tight polling while most members come up, gentler after.
            await Task.Delay(DateTime.UtcNow - began < FastPolling ? 10 : 50, ct);
        }

        return false;
    }

    /// <summary>Whether a running member answers its probe; without a probe, running is ready.</summary>
    private async Task<bool> AnswersAsync(Member member, Readiness? readiness, DateTimeOffset since, CancellationToken ct)
    {
        if (readiness?.Http is { } url)
        {
            try
            {
                // The member's own name in the URL ({self} expanded: Service.SetupOf) is its address on the run's network.
                using var response = await Http.GetAsync(url.Replace($"{{{member.Name}}}", member.Address, StringComparison.Ordinal), ct);
                var body = await response.Content.ReadAsStringAsync(ct);
                return response.IsSuccessStatusCode && !body.Contains("\"false\"", StringComparison.Ordinal);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                return false;
            }
        }

        if (readiness?.Exec is { } command)
        {
            try
            {
                return (await engine.Containers.ExecAsync(member.ContainerId, command, ct)).Succeeded;
            }
            catch (EngineConflictException)
            {
                // Stopped (a later fault's kill) between the look at its state and the exec: the next round decides.
                return false;
            }
        }

        if (readiness?.Log is { } pattern)
        {
            var regex = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            await foreach (var line in engine.Containers.LogsAsync(member.ContainerId, follow: false, since: since, ct: ct))
            {
                if (regex.IsMatch(line.Text))
                {
                    return true;
                }
            }

            return false;
        }

        return true;
    }
}
