using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Request;

/// <summary><c>request: { method: POST, url: "http://{qdrant}:6333/collections", body: '...', status: [200] }</c>: one HTTP request to a service.</summary>
public sealed class RequestOptions : IStepOptions
{
    /// <summary>The URL; its host is <c>{SERVICE}</c> or <c>{MEMBER}</c>, or it starts with an external service's <c>{NAME}</c>. Required.</summary>
    [Description("the URL; its host is {SERVICE} or {MEMBER}")]
    [Required(ErrorMessage = "a request needs a 'url'")]
    [Example("\"http://{qdrant}:6333/readyz\"")]
    public string? Url { get; set; }

    /// <summary>GET, PUT, POST, PATCH, DELETE or HEAD. Default: GET.</summary>
    [AllowedValues("GET", "PUT", "POST", "PATCH", "DELETE", "HEAD")]
    public string Method { get; set; } = "GET";

    /// <summary>The body, sent as JSON when it starts with '{' or '[' and as text otherwise. Default: none.</summary>
    [Description("sent as JSON when it starts with { or [")]
    public string? Body { get; set; }

    /// <summary>Request headers, e.g. <c>{ Authorization: "Basic ..." }</c>; values under secret names are hidden. Default: none.</summary>
    [RedactByName]
    [Example("{ Content-Type: application/json }")]
    public Dictionary<string, string> Headers { get; set; } = [];

    /// <summary>The statuses that must come back. Default: any 2xx.</summary>
    [Example("[200, 201]")]
    public List<int> Status { get; set; } = [];

    /// <summary>A regular expression the answer's body must match. Default: any body.</summary>
    [Description("a regular expression the body must match")]
    public string? Match { get; set; }

    /// <summary>Values to keep for later steps, by name: a JSON pointer (<c>/result/peer_id</c>) into the answer, or a regular expression over it. Default: none.</summary>
    [Description("NAME: a JSON pointer into the answer, or a regular expression whose first group is kept")]
    [Example("{ peer: /result/peer_id }")]
    public Dictionary<string, string> Save { get; set; } = [];

    /// <summary>Keep asking until the step holds, for at most this long. Default: ask once.</summary>
    [Description("try again until the step holds, for at most this long")]
    public TimeSpan? Within { get; set; }
}
