using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Checkers.HttpStatus;

/// <summary><c>- http-status: { url: "http://{web}:8080/health", is: 200, never: [500] }</c>: a URL's answer after the faults.</summary>
public sealed class HttpStatusOptions
{
    /// <summary>The URL asked after the faults; <c>{SERVICE}</c> stands for that service's first member, or an external service's whole base URL. Required.</summary>
    [Description("{SERVICE} stands for that service's first member, or for an external service's whole base URL ({longhorn}/v1/...)")]
    [Required]
    [Example("\"http://{web}:8080/health\"")]
    public string? Url { get; set; }

    /// <summary>The status code that must come back. Required.</summary>
    [Required]
    [Range(100, 599)]
    [Example("200")]
    public int? Is { get; set; }

    /// <summary>How long to keep asking. Default: 30 s.</summary>
    [Description("how long to keep asking (default 30s)")]
    public TimeSpan? Within { get; set; }

    /// <summary>Statuses that must never be answered, e.g. 500, 502, 503. Default: none.</summary>
    [Example("[500, 502, 503]")]
    public List<int> Never { get; set; } = [];

    /// <summary>Request headers, e.g. credentials; values under secret names are hidden. Default: none.</summary>
    [Description("request headers, e.g. credentials; {NAME} is a saved value")]
    [RedactByName]
    [Example("{ Authorization: \"Basic ...\" }")]
    public Dictionary<string, string> Headers { get; set; } = [];
}
