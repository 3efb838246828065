using ChaosBench.PowerLoss.DiskFaults;

namespace ChaosBench.Faults;

/// <summary>A call on a power-loss volume that <c>io-error</c> and <c>slow-io</c> may act on; <c>fallocate</c> counts as a write.</summary>
public enum DiskCall
{
    Read,
    Write,
    Fsync,
    Open,
}

/// <summary>Turns the scenario's list of calls into the layer's flags.</summary>
internal static class DiskCalls
{
    /// <summary>The calls named, or every one when none is.</summary>
    public static IoCalls Of(IReadOnlyCollection<DiskCall> calls) => calls.Count == 0
        ? IoCalls.All
        : calls.Aggregate(IoCalls.None, (all, call) => all | call switch
        {
            DiskCall.Read => IoCalls.Read,
            DiskCall.Write => IoCalls.Write,
            DiskCall.Fsync => IoCalls.Fsync,
            _ => IoCalls.Open,
        });
}
