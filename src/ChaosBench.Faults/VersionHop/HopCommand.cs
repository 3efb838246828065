namespace ChaosBench.Faults.VersionHop;

/// <summary>
/// The command a hop's new container runs, as Compose and orchestrators start a new image: its own default command
/// unless one is named. Named, in order: the hop's <c>command</c> (that hop only), else the member's own (the service's
/// <c>command</c>, or its cluster kind's). The member's <c>args</c> are appended either way.
/// </summary>
internal static class HopCommand
{
    /// <param name="hop">The hop's <c>command</c>; null: none given.</param>
    /// <param name="own">The service's or cluster kind's command; null when the member runs its image's.</param>
    /// <param name="args">The member's <c>args</c>.</param>
    /// <param name="image">The new image's own command (its <c>Cmd</c>; the engine puts its <c>Entrypoint</c> in front).</param>
    /// <returns>The container's command; null leaves the new image's default to the engine.</returns>
    public static IReadOnlyList<string>? Of(IReadOnlyList<string>? hop, IReadOnlyList<string>? own, IReadOnlyList<string> args, IReadOnlyList<string> image) =>
        (hop ?? own) is { } named ? [.. named, .. args]
        : args.Count > 0 ? [.. image, .. args]
        : null;

    /// <summary>What the plan says of it before any image is inspected: <c>(image's) --dir /data</c>.</summary>
    /// <param name="cluster">The service's cluster kind, whose command the run computes per member.</param>
    public static string Shown(IReadOnlyList<string>? hop, IReadOnlyList<string>? own, string? cluster, IReadOnlyList<string> args) =>
        (hop ?? own) is { } named ? Words([.. named, .. args])
        : string.Join(' ', [cluster is null ? "(image's)" : $"({cluster} cluster's)", .. args.Count > 0 ? [Words(args)] : Array.Empty<string>()]);

    /// <summary>Words joined by spaces, one that is empty or holds a blank quoted.</summary>
    public static string Words(IEnumerable<string> words) =>
        string.Join(' ', words.Select(w => w.Length == 0 || w.Any(char.IsWhiteSpace) ? $"\"{w}\"" : w));
}
