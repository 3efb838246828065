namespace ChaosBench.Model;

/// <summary>How an <c>http-kv</c> workload reaches a product: the port, the write and the read.</summary>
public sealed record HttpApi(int Port, HttpCall Write, HttpCall Read);
