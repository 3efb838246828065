namespace ChaosBench.Images;

/// <summary>Where builds keep their cache, which archive they bootstrap from, and where progress goes.</summary>
public sealed record ImageBuildOptions
{
    /// <summary>Suite root file systems and scratch space. Default: <c>CHAOSBENCH_CACHE</c>, else <c>~/.cache/chaosbench</c>.</summary>
    public string CacheDirectory { get; init; } = DefaultCacheDirectory();

    /// <summary>The Debian archive. Default: <see cref="DebianMirror.Resolve"/>.</summary>
    public string Mirror { get; init; } = DebianMirror.Resolve();

    /// <summary>Receives one line per build step. Default: discard.</summary>
    public Action<string> Progress { get; init; } = _ => { };

    /// <summary>Receives each step of a build as it begins, and its end, for a progress bar. Default: discard.</summary>
    public Action<ImageBuildStep> Step { get; init; } = _ => { };

    public static string DefaultCacheDirectory() =>
        Environment.GetEnvironmentVariable("CHAOSBENCH_CACHE") is { Length: > 0 } dir
            ? dir
            : Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "chaosbench");
}
