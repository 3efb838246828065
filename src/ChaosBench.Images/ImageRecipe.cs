namespace ChaosBench.Images;

/// <summary>
/// How to build one product image offline: a Debian suite, the packages to install on it, files to add
/// and the default command. Read from <c>NAME.yaml</c> in a recipes folder (<see cref="RecipeCatalog"/>).
/// </summary>
public sealed record ImageRecipe
{
    /// <summary>The recipe's name, e.g. <c>etcd-3.4</c>; scenarios say <c>recipe:etcd-3.4</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The recipe file and where it was found.</summary>
    public required RecipeLocation Location { get; init; }

    /// <summary>The product, e.g. <c>etcd</c>; the image is tagged <c>chaosbench/PRODUCT:VERSION</c>.</summary>
    public required string Product { get; init; }

    /// <summary>The product's major.minor version, e.g. <c>3.4</c>.</summary>
    public required string Version { get; init; }

    /// <summary>The Debian suite the packages come from, e.g. <c>bookworm</c>.</summary>
    public required string Suite { get; init; }

    /// <summary>Debian packages to install; each one's exact version becomes an image label.</summary>
    public required IReadOnlyList<string> Packages { get; init; }

    /// <summary>
    /// System users (each with a group of its name and the same id) created before the packages are installed, so
    /// the packages' own <c>adduser --system</c> finds them and every suite's image of a product gives its files the
    /// same owner, as official images pin theirs (999). Without it the ids are whatever the suite's packages drew.
    /// </summary>
    public IReadOnlyList<RecipeUser> Users { get; init; } = [];

    /// <summary>Files to add before the packages are installed: image path → path relative to the folder holding the recipe.</summary>
    public IReadOnlyDictionary<string, string> Files { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The image's entrypoint, which the engine puts in front of the command (the image's or the one a service or a
    /// version hop gives), as official images start their product through <c>docker-entrypoint.sh</c>. Default: none.
    /// </summary>
    public IReadOnlyList<string> Entrypoint { get; init; } = [];

    /// <summary>The image's default command.</summary>
    public IReadOnlyList<string> Command { get; init; } = [];

    /// <summary>
    /// The signal a stop sends, as official images set theirs (<c>STOPSIGNAL</c>): PostgreSQL's is <c>SIGINT</c>, a fast
    /// shutdown, where SIGTERM waits for every client to leave and the engine kills it after 10 s. The image carries
    /// it as a label (<see cref="Engine.ImageInfo.StopSignalLabel"/>). Default: none, SIGTERM.
    /// </summary>
    public string? StopSignal { get; init; }

    /// <summary>Environment baked into the image.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>SHA-256 over the recipe file and every file it adds: an image is reused while this matches.</summary>
    public required string Hash { get; init; }

    /// <summary>
    /// The image reference this recipe builds: <c>chaosbench/PRODUCT:VERSION</c> for a built-in recipe. Any other
    /// recipe's tag ends in the start of its <see cref="Hash"/> (<c>chaosbench/nats:2.10-0123456789ab</c>), so a user's
    /// recipe never replaces the image of a built-in one or of another user's recipe of the same name and version.
    /// </summary>
    public string Tag => Location.Source == RecipeSource.BuiltIn ? $"chaosbench/{Product}:{Version}" : $"chaosbench/{Product}:{Version}-{Hash[..12]}";
}
