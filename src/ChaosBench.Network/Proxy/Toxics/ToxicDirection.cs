namespace ChaosBench.Network.Proxy.Toxics;

/// <summary>Which way through a link a toxic acts, as Toxiproxy's <c>stream</c> says it.</summary>
[Flags]
public enum ToxicDirection
{
    /// <summary>Client to server (Toxiproxy's <c>upstream</c>): requests.</summary>
    Up = 1,

    /// <summary>Server to client (Toxiproxy's <c>downstream</c>): responses.</summary>
    Down = 2,

    /// <summary>Both ways; each direction of each connection keeps its own state (bytes counted, pacing).</summary>
    Both = Up | Down,
}
