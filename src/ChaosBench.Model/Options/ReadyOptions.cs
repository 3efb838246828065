namespace ChaosBench.Model.Options;

/// <summary>A readiness probe: exactly one of <see cref="Http"/>, <see cref="Exec"/> or <see cref="Log"/>.</summary>
public sealed class ReadyOptions
{
    /// <summary>A URL that must answer 2xx; <c>{self}</c> is the member's name.</summary>
    public string? Http { get; set; }

    /// <summary>A command run in the member that must exit 0.</summary>
    public List<string>? Exec { get; set; }

    /// <summary>A regular expression the member's log must match.</summary>
    public string? Log { get; set; }

    /// <summary>How long to wait. Default: 30 s.</summary>
    public TimeSpan Within { get; set; } = TimeSpan.FromSeconds(30);
}
