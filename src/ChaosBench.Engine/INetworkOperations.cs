namespace ChaosBench.Engine;

/// <summary>User-defined bridge networks: each run gets its own.</summary>
public interface INetworkOperations
{
    /// <summary>Creates a bridge network; returns its id.</summary>
    Task<string> CreateAsync(string name, IReadOnlyDictionary<string, string> labels, bool @internal = false, CancellationToken ct = default);

    /// <summary>
    /// The address of the network's gateway, which is this host's on a local engine: where a proxy of the harness
    /// listens for the network's containers. Null when the engine reports none.
    /// </summary>
    Task<string?> GatewayAsync(string network, CancellationToken ct = default);

    /// <summary>Connects a container, reachable from its neighbours by <paramref name="aliases"/>.</summary>
    Task ConnectAsync(string network, string container, IReadOnlyList<string>? aliases = null, CancellationToken ct = default);

    Task DisconnectAsync(string network, string container, bool force = false, CancellationToken ct = default);

    /// <summary>Network ids and names carrying <paramref name="label"/>.</summary>
    Task<IReadOnlyList<LabelledObject>> ListAsync(string label, CancellationToken ct = default);

    /// <summary>Removes the network. Missing networks are fine.</summary>
    Task RemoveAsync(string id, CancellationToken ct = default);
}
