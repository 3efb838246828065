using ChaosBench.Model.Redaction;
using ChaosBench.Scenarios.Trust;

namespace ChaosBench.Scenarios.Compose;

/// <summary>
/// What reading one service needs to know about the whole Compose file: where it is (relative paths), the
/// variables, and the services, volumes and networks it declares.
/// </summary>
/// <param name="Secrets">Secrets followed through the file's interpolation, its <c>env_file</c>s' included.</param>
/// <param name="Folder">The scenario's folder: files the Compose file names are read only from under it.</param>
internal sealed record ComposeContext(
    string Directory,
    Func<string, string?> Lookup,
    IReadOnlyCollection<string> Services,
    IReadOnlyCollection<string> Volumes,
    IReadOnlyCollection<string> Networks,
    SecretFlow Secrets,
    ScenarioFolder Folder)
{
    /// <summary><paramref name="path"/> as the user would see it: relative to the Compose file's folder, as that was given.</summary>
    public string Relative(string path) => Path.Combine(Directory, path);
}
