using System.Text.RegularExpressions;
using ChaosBench.Engine;
using ChaosBench.Faults;
using ChaosBench.Model;

namespace ChaosBench.Runner;

/// <summary><c>when-log</c>: holds a fault back until the member logs a matching line, so it lands at that moment (during log replay).</summary>
internal static class LogTrigger
{
    /// <summary>The first line the member logs from <paramref name="since"/> on that matches; a fault error if none comes within <paramref name="limit"/>.</summary>
    public static async Task<string> WaitAsync(IContainerEngine engine, Member member, Fault fault, DateTimeOffset since, TimeSpan limit, CancellationToken ct)
    {
        var regex = new Regex(fault.WhenLog!, RegexOptions.None, TimeSpan.FromSeconds(1));
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(limit > TimeSpan.Zero ? limit : TimeSpan.Zero);
        try
        {
            await foreach (var line in engine.Containers.LogsAsync(member.ContainerId, follow: true, since: since, ct: wait.Token))
            {
                if (regex.IsMatch(line.Text))
                {
                    return line.Text;
                }
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // Out of time: said below.
        }

        throw new FaultException(fault.Kind.Name, member.Name, $"when-log: no line matching /{fault.WhenLog}/ before {(wait.IsCancellationRequested ? "the scenario's end" : "the member stopped")}");
    }
}
