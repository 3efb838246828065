using System.ComponentModel;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Workloads.HttpKv;

/// <summary>The request that writes a key, acknowledged by one of <see cref="Ok"/>.</summary>
public sealed class HttpWriteOptions : HttpRequestOptions
{
    /// <summary>The statuses that acknowledge the write. Default: 200, 201, 204.</summary>
    [Description("the statuses that acknowledge the write (default 200, 201, 204)")]
    [Example("[200, 201]")]
    public List<int> Ok { get; set; } = [200, 201, 204];
}
