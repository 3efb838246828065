namespace ChaosBench.Network.Proxy;

/// <summary>What happened on a link.</summary>
public enum ProxyEventKind
{
    /// <summary>A toxic began to act (on open connections and new ones).</summary>
    ToxicAdded,

    /// <summary>A toxic stopped acting; data it held goes on.</summary>
    ToxicRemoved,

    /// <summary>A toxic ended a connection with RST both ways (<c>reset</c>, <c>loss</c> in close mode).</summary>
    ConnectionReset,

    /// <summary>A toxic ended a connection with FIN both ways (<c>limit-data</c>, <c>timeout</c> with a duration).</summary>
    ConnectionClosed,
}
