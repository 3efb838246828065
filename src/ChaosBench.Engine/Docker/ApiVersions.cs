using System.Globalization;

namespace ChaosBench.Engine.Docker;

/// <summary>
/// Which API version to speak: the engine's newest, but no newer than the client library's, and no older than the
/// harness needs. An engine started with <c>DOCKER_MIN_API_VERSION</c> (or Docker 29, whose minimum is 1.44)
/// refuses anything older than its minimum, which this choice never asks for while the library is newer.
/// </summary>
public static class ApiVersions
{
    /// <summary>The newest API the library's models follow (Docker Engine 29).</summary>
    public static readonly Version Library = new(1, 52);

    /// <summary>The oldest API the harness is tested on: Debian bookworm's Docker 20.10.</summary>
    public static readonly Version Required = new(1, 41);

    /// <summary>min(engine's newest, library's newest); throws one line naming the engine and the fix when that cannot work.</summary>
    /// <param name="engine">The engine's own version, for the message (e.g. <c>20.10.24+dfsg1</c>).</param>
    /// <param name="engineMax">Its <c>ApiVersion</c>.</param>
    /// <param name="engineMin">Its <c>MinAPIVersion</c>; empty when it does not say.</param>
    internal static Version Negotiate(string engine, string engineMax, string engineMin)
    {
        var max = Parse(engineMax, engine);
        var speak = max < Library ? max : Library;
        if (speak < Required)
        {
            throw new EngineException($"the engine (version {engine}) speaks API {engineMax} at most, older than the {Required} the harness needs; fix: upgrade it to Docker 20.10 or newer (Debian bookworm's docker.io), or point DOCKER_HOST at a newer engine");
        }

        if (engineMin.Length > 0 && Parse(engineMin, engine) > speak)
        {
            throw new EngineException($"the engine (version {engine}) refuses clients older than API {engineMin}, newer than the {Library} the harness speaks; fix: start it with DOCKER_MIN_API_VERSION={Library} or older, or upgrade ChaosBench");
        }

        return speak;
    }

    private static Version Parse(string text, string engine) =>
        Version.TryParse(text, out var v) ? new Version(v.Major, v.Minor)
        : throw new EngineException($"the engine (version {engine}) reports API version '{text}', which is not major.minor; fix: point DOCKER_HOST at a Docker-compatible engine");

    /// <summary><c>major.minor</c>, as the engine writes API versions.</summary>
    public static string Text(Version v) => string.Create(CultureInfo.InvariantCulture, $"{v.Major}.{v.Minor}");
}
