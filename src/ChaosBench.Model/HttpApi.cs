namespace ChaosBench.Model;

/// <summary>How an <c>http-kv</c> workload reaches a product: the port, the write and the read.</summary>
/// <param name="Port">The port on each member; 0 for an external target, whose URL carries its port.</param>
public sealed record HttpApi(int Port, HttpCall Write, HttpCall Read);
