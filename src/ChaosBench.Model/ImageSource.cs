namespace ChaosBench.Model;

/// <summary>Where an image comes from when the engine lacks it, or what runs in its place, as the scenario's <c>images:</c> says.</summary>
/// <param name="Tarball">A <c>docker save</c> file, as written: relative to the scenario file.</param>
/// <param name="Use">Another reference or <c>recipe:NAME</c> that runs wherever the scenario names this image.</param>
public sealed record ImageSource(string? Tarball, string? Use = null);
