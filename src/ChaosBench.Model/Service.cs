using ChaosBench.Model.Options;

namespace ChaosBench.Model;

/// <summary>A product in the topology, with its members' names.</summary>
public sealed record Service(
    string Name,
    string Image,
    int Replicas,
    string? Cluster,
    IReadOnlyList<string>? Command,
    IReadOnlyList<string> Args,
    IReadOnlyDictionary<string, string> Env,
    IReadOnlyList<Volume> Volumes,
    Readiness? Ready)
{
    /// <summary>The members' names: the service's name, or <c>NAME-1</c> … <c>NAME-N</c>.</summary>
    public IReadOnlyList<string> Members => Model.Members.Of(Name, Replicas);

    /// <summary>The recipe name when the image is <c>recipe:NAME</c>, else null.</summary>
    public string? Recipe => RecipeOf(Image);

    /// <summary>The deployment when the harness does not run this service; its <see cref="Image"/> is then empty.</summary>
    public ExternalDeployment? External { get; init; }

    /// <summary>Whether the harness does not run this service: no containers, only HTTP reaches it.</summary>
    public bool IsExternal => External is not null;

    /// <summary>Replaces the image's entrypoint; null keeps it.</summary>
    public IReadOnlyList<string>? Entrypoint { get; init; }

    /// <summary>Host files or directories mounted into every member.</summary>
    public IReadOnlyList<Bind> Binds { get; init; } = [];

    /// <summary>Memory-backed mounts: path, and the mount options after a colon if any (<c>/run:size=64m</c>).</summary>
    public IReadOnlyList<string> Tmpfs { get; init; } = [];

    /// <summary>The scenario networks the members join, each with extra aliases; empty: the run's default network.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Networks { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Services that must be started (or ready) before this one starts, with the condition.</summary>
    public IReadOnlyDictionary<string, string> DependsOn { get; init; } = new Dictionary<string, string>();

    /// <summary>Container ports (<c>80</c>, <c>53/udp</c>) published on 127.0.0.1 at ports the engine picks.</summary>
    public IReadOnlyList<string> Ports { get; init; } = [];

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> CapAdd { get; init; } = [];

    public string? User { get; init; }

    public string? WorkingDir { get; init; }

    /// <summary><c>host</c> when the members share the host's process namespace (<see cref="Options.ServiceOptions.Pid"/>).</summary>
    public string? Pid { get; init; }

    /// <summary><c>host</c> when the members run in the host's user namespace (<see cref="Options.ServiceOptions.UsernsMode"/>).</summary>
    public string? UsernsMode { get; init; }

    /// <summary>Host devices given to the members, <c>HOST[:CONTAINER[:PERMISSIONS]]</c> (<see cref="Options.ServiceOptions.Devices"/>).</summary>
    public IReadOnlyList<string> Devices { get; init; } = [];

    /// <summary>Command, args, env and readiness are taken as written, without member placeholders (a Compose file's services).</summary>
    public bool Verbatim { get; init; }

    /// <summary>
    /// What <paramref name="member"/> runs with: command, args, env values and readiness (this service's, else
    /// <paramref name="fallback"/>, a cluster kind's) with their member placeholders expanded.
    /// </summary>
    public MemberSetup SetupOf(string member, Readiness? fallback = null)
    {
        string Expand(string text, PlaceholderContext context = PlaceholderContext.Text) =>
            Verbatim ? text : MemberPlaceholders.Expand(text, this, member, context);
        var ready = Ready ?? fallback;
        return new MemberSetup(
            member,
            Command?.Select(w => Expand(w)).ToList(),
            Args.Select(w => Expand(w)).ToList(),
            Env.ToDictionary(e => e.Key, e => Expand(e.Value), StringComparer.Ordinal),
            ready is null ? null : ready with
            {
                Http = ready.Http is { } http ? Expand(http, PlaceholderContext.Url) : null,
                Exec = ready.Exec?.Select(w => Expand(w)).ToList(),
                Log = ready.Log is { } log ? Expand(log, PlaceholderContext.Pattern) : null,
            });
    }

    public static string? RecipeOf(string image) => image.StartsWith("recipe:", StringComparison.Ordinal) ? image["recipe:".Length..] : null;

    internal static Service From(string name, ServiceOptions o) => new(
        name, o.Image ?? string.Empty, o.Replicas, o.Cluster, o.Command, o.Args, o.Env,
        o.Volumes.Select(v => new Volume(v.Key, v.Value.Path!, v.Value.Durability, v.Value.Writeback, v.Value.Shared) { ReadOnly = v.Value.ReadOnly, StrictDirectories = v.Value.DirectoryDurability == "strict", Faults = v.Value.Faults }).ToList(),
        o.Ready is { } r ? new Readiness(r.Http, r.Exec, r.Log, r.Within) : null)
    {
        External = o.External is { Url: { } url } ? new ExternalDeployment(url) : null,
        Entrypoint = o.Entrypoint,
        Binds = o.Binds.Select(b => new Bind(b.Source!, b.Target!, b.ReadOnly)).ToList(),
        Tmpfs = [.. o.Tmpfs],
        Networks = o.Networks.ToDictionary(n => n.Key, n => (IReadOnlyList<string>)[.. n.Value], StringComparer.Ordinal),
        DependsOn = new Dictionary<string, string>(o.DependsOn, StringComparer.Ordinal),
        Ports = [.. o.Ports],
        Labels = new Dictionary<string, string>(o.Labels, StringComparer.Ordinal),
        CapAdd = [.. o.CapAdd],
        User = o.User,
        WorkingDir = o.WorkingDir,
        Pid = o.Pid,
        UsernsMode = o.UsernsMode,
        Devices = [.. o.Devices],
        Verbatim = o.Verbatim,
    };
}

/// <summary>A named volume mounted in every member at <paramref name="Path"/>; each member has its own unless it is <paramref name="Shared"/>.</summary>
/// <param name="Writeback">For a power-loss volume: how long a file stays dirty before it reaches the disk whole anyway; null: never.</param>
/// <param name="Shared">One volume for the run, seen by every member of every service declaring it shared under this name.</param>
public sealed record Volume(string Name, string Path, string Durability, TimeSpan? Writeback = null, bool Shared = false)
{
    public bool ReadOnly { get; init; }

    /// <summary><c>faults: true</c>: behind the FUSE layer for its disk faults, writes going straight through.</summary>
    public bool Faults { get; init; }

    /// <summary>The layer the volume sits behind.</summary>
    public VolumeLayer Layer => VolumeLayers.Of(Durability, Faults);

    /// <summary>For a power-loss volume (<c>directory-durability: strict</c>): a create, rename or unlink is durable only once its directory is fsynced.</summary>
    public bool StrictDirectories { get; init; }
}

/// <summary>A host file or directory (<paramref name="Source"/>, absolute) mounted into each member at <paramref name="Target"/>.</summary>
public sealed record Bind(string Source, string Target, bool ReadOnly);

/// <summary>How to tell a member is ready: one probe, and how long to wait for it.</summary>
public sealed record Readiness(string? Http, IReadOnlyList<string>? Exec, string? Log, TimeSpan Within);
