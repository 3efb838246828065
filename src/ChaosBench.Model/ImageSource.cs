namespace ChaosBench.Model;

/// <summary>Where an image comes from when the engine lacks it, as the scenario's <c>images:</c> says.</summary>
/// <param name="Tarball">A <c>docker save</c> file, as written: relative to the scenario file.</param>
public sealed record ImageSource(string Tarball);
