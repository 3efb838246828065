using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Workloads.HttpKv;

/// <summary>The request that reads a key back: the value at <see cref="Value"/>, or absent on a <see cref="Missing"/> status.</summary>
public sealed class HttpReadOptions : HttpRequestOptions
{
    /// <summary>A JSON pointer (<c>/kvs/0/value</c>) to the value in the answer. Default: the whole body is the value.</summary>
    [Description("a JSON pointer to the value in the answer")]
    [RegularExpression("^/")]
    public string? Value { get; set; }

    /// <summary>The value is base64 and is decoded. Default: false.</summary>
    public bool Base64 { get; set; }

    /// <summary>The statuses that mean the key is absent. Default: 404.</summary>
    [Description("the statuses that mean the key is absent (default 404)")]
    [Example("[404]")]
    public List<int> Missing { get; set; } = [404];
}
