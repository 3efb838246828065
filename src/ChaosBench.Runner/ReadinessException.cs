using ChaosBench.Model;

namespace ChaosBench.Runner;

/// <summary>A member did not answer its readiness probe in time, or its container <paramref name="exited"/> (with that code) first.</summary>
public sealed class ReadinessException(string member, Readiness? readiness, long? exited = null)
    : Exception($"{member} {(exited is { } code ? $"exited {code} before it was ready" : $"was not ready within {Durations.Format(readiness?.Within ?? TimeSpan.FromSeconds(30))}")} ({Probe(readiness)}); its log is in the run folder")
{
    public string Member { get; } = member;

    private static string Probe(Readiness? r) =>
        r?.Http is { } http ? $"GET {http}" : r?.Exec is { } exec ? $"exec {string.Join(' ', exec)}" : r?.Log is { } log ? $"log /{log}/" : "running";
}
