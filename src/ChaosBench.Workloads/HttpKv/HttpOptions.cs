using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Workloads.HttpKv;

/// <summary>
/// <c>http-kv</c>: how a product's REST API writes, reads and (optionally) compare-and-sets one key. <c>{key}</c>, <c>{value}</c>,
/// <c>{key64}</c> and <c>{value64}</c> (base64) stand for the key and the value in paths and bodies.
/// </summary>
public sealed class HttpOptions
{
    /// <summary>The port clients send to on each member of the target. Required, unless the target is external: its url carries the port.</summary>
    [Description("required, unless the target is an external service: its url carries the port")]
    [Range(1, 65535)]
    public int? Port { get; set; }

    /// <summary>The request that writes a value to a key. Required.</summary>
    [Required]
    [Example("{ method: PUT, path: \"/kv/{key}\", body: \"{value}\" }")]
    public HttpWriteOptions? Write { get; set; }

    /// <summary>The request that reads a key back. Required.</summary>
    [Required]
    [Example("{ method: GET, path: \"/kv/{key}\" }")]
    public HttpReadOptions? Read { get; set; }

    /// <summary>The request that compare-and-sets a key, for a <c>cas</c> share. Default: none, and then no <c>cas</c> share.</summary>
    [Description("the request that compare-and-sets a key, for a 'cas' share: {expected} and {expected64} stand for the value it must hold (empty: absent)")]
    [Example("{ method: PUT, path: \"/kv/{key}?if={expected}\", body: \"{value}\", ok: [200], mismatch: [412] }")]
    public HttpCasOptions? Cas { get; set; }
}
