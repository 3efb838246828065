using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Checkers.RefusesToStart;

/// <summary><c>- refuses-to-start: { service: db, log: "incompatible", data-untouched: true }</c>: a member must refuse its last start.</summary>
public sealed class RefusesToStartOptions
{
    /// <summary>The service (or group) whose member must refuse. Required.</summary>
    [Description("a service of this scenario")]
    [Required]
    [Example("etcd")]
    public string? Service { get; set; }

    /// <summary>A regular expression the refusing member's log must match (its clear error). Default: any log.</summary>
    [Description("a regular expression the refusing member's log must match")]
    public string? Log { get; set; }

    /// <summary>The member's volumes must hash the same before the start and after the refusal. Default: false.</summary>
    [Description("the member's volumes hash the same before the start and after the refusal")]
    public bool DataUntouched { get; set; }
}
