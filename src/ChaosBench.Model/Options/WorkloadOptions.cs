namespace ChaosBench.Model.Options;

/// <summary>The client load: what kind, against which service, how many clients, how fast.</summary>
public sealed class WorkloadOptions
{
    /// <summary>The workload kind, e.g. <c>etcd-kv</c>. Required.</summary>
    public string? Kind { get; set; }

    /// <summary>The service the clients talk to. Required.</summary>
    public string? Target { get; set; }

    /// <summary>Concurrent clients. Default: 4.</summary>
    public int Clients { get; set; } = 4;

    /// <summary>Operations per second over all clients. Default: 100.</summary>
    public double Rate { get; set; } = 100;

    /// <summary>Distinct keys written; later writes to a key overwrite it. Default: 1000.</summary>
    public int Keys { get; set; } = 1000;

    /// <summary><c>http-kv</c>: the port and the write and read requests. Required for http-kv, refused for other kinds.</summary>
    public HttpOptions? Http { get; set; }
}
