namespace ChaosBench.Network.Proxy.Toxics;

/// <summary>What a <see cref="LossToxic"/> does with a chunk it loses.</summary>
public enum LossMode
{
    /// <summary>Holds it for the stall time, then passes it on: a segment lost and sent again after a timeout.</summary>
    Stall,

    /// <summary>Drops it and resets the connection: a stream cannot skip bytes, so a lost chunk ends it.</summary>
    Close,
}
