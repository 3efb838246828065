using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace ChaosBench.Workloads.HttpKv;

/// <summary>One request of <see cref="HttpOptions"/>: its method, path and body.</summary>
public abstract class HttpRequestOptions
{
    /// <summary>GET, PUT, POST or DELETE. Required.</summary>
    [Required]
    [AllowedValues("GET", "PUT", "POST", "DELETE")]
    public string? Method { get; set; }

    /// <summary>The path and query, starting with '/', e.g. <c>/v1/kv/{key}</c>. Required.</summary>
    [Description("{key}, {value}, {key64}, {value64} are replaced, percent-encoded")]
    [Required]
    [RegularExpression("^/")]
    public string? Path { get; set; }

    /// <summary>The request body, sent as JSON when it starts with '{' or '[' and as text otherwise. Default: none.</summary>
    [Description("{key}, {value}, {key64}, {value64} are replaced")]
    public string? Body { get; set; }
}
