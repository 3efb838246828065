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

    public static string? RecipeOf(string image) => image.StartsWith("recipe:", StringComparison.Ordinal) ? image["recipe:".Length..] : null;

    internal static Service From(string name, ServiceOptions o) => new(
        name, o.Image ?? string.Empty, o.Replicas, o.Cluster, o.Command, o.Args, o.Env,
        o.Volumes.Select(v => new Volume(v.Key, v.Value.Path!, v.Value.Durability, v.Value.Writeback, v.Value.Shared)).ToList(),
        o.Ready is { } r ? new Readiness(r.Http, r.Exec, r.Log, r.Within) : null)
    {
        External = o.External is { Url: { } url } ? new ExternalDeployment(url) : null,
    };
}

/// <summary>A named volume mounted in every member at <paramref name="Path"/>; each member has its own unless it is <paramref name="Shared"/>.</summary>
/// <param name="Writeback">For a power-loss volume: how long a file stays dirty before it reaches the disk whole anyway; null: never.</param>
/// <param name="Shared">One volume for the run, seen by every member of every service declaring it shared under this name.</param>
public sealed record Volume(string Name, string Path, string Durability, TimeSpan? Writeback = null, bool Shared = false);

/// <summary>How to tell a member is ready: one probe, and how long to wait for it.</summary>
public sealed record Readiness(string? Http, IReadOnlyList<string>? Exec, string? Log, TimeSpan Within);
