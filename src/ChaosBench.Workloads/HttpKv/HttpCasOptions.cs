using System.ComponentModel;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Workloads.HttpKv;

/// <summary>
/// The request that compare-and-sets a key: <c>{expected}</c> and <c>{expected64}</c> stand for the value the key
/// must hold (empty when it must be absent). Set on one of <see cref="Ok"/>; refused because the key held another
/// value on one of <see cref="Mismatch"/>; any other status is an error, recorded as for writes.
/// </summary>
public sealed class HttpCasOptions : HttpRequestOptions
{
    /// <summary>The statuses that say the value was set. Default: 200, 201, 204.</summary>
    [Description("the statuses that say the value was set (default 200, 201, 204)")]
    [Example("[200]")]
    public List<int> Ok { get; set; } = [200, 201, 204];

    /// <summary>The statuses that say the key held another value, so nothing was set. Default: 409, 412.</summary>
    [Description("the statuses that say the key held another value, so nothing was set (default 409, 412)")]
    [Example("[412]")]
    public List<int> Mismatch { get; set; } = [409, 412];
}
