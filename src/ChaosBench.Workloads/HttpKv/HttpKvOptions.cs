using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Workloads.HttpKv;

/// <summary><c>http-kv</c>'s own options: the product's REST API, and the operation mix (reads and cas during the run) of every register workload.</summary>
public sealed class HttpKvOptions : KvOptions
{
    /// <summary>The port and the write and read requests. Required.</summary>
    [Description("the product's REST API: the port, the request that writes a key and the one that reads it back")]
    [Required]
    [Example("{ port: 8080, write: { method: PUT, path: \"/kv/{key}\", body: \"{value}\" }, read: { method: GET, path: \"/kv/{key}\" } }")]
    public HttpOptions? Http { get; set; }
}
