using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Model.Options;

/// <summary>The client load: what kind, against which service, how many clients, how fast; the kind's own options beside them.</summary>
public sealed class WorkloadOptions
{
    /// <summary>The workload kind, e.g. <c>etcd-kv</c>. Required.</summary>
    [Description("the workload kind")]
    [Required]
    public string? Kind { get; set; }

    /// <summary>The service the clients talk to. Required.</summary>
    [Description("a service or group")]
    [Required]
    public string? Target { get; set; }

    /// <summary>Concurrent clients. Default: 4.</summary>
    [Description("concurrent clients (default 4)")]
    [Range(1, 64)]
    public int Clients { get; set; } = 4;

    /// <summary>Operations per second over all clients. Default: 100.</summary>
    [Description("operations per second over all clients: 200/s, 12000/m, or a number per second (default 100/s)")]
    [Rate]
    public double Rate { get; set; } = 100;

    /// <summary>Distinct keys written; later writes to a key overwrite it. Default: 1000.</summary>
    [Description("distinct keys written (default 1000)")]
    [Range(1, int.MaxValue)]
    public int Keys { get; set; } = 1000;

    /// <summary>The kind's own options (http-kv's <c>http</c>): an instance of its <see cref="IWorkloadKind.OptionsType"/>. Default: the kind's defaults.</summary>
    [KindOptions]
    public object? Options { get; set; }
}
