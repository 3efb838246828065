namespace ChaosBench.Engine.Docker.Endpoints;

/// <summary>Where the engine listens, how to reach it, and which step of the resolution chose it.</summary>
/// <param name="Address"><c>unix:///path</c> or <c>tcp://host:port</c>.</param>
/// <param name="Source">Why this one, e.g. <c>DOCKER_HOST</c> or <c>the rootless socket $XDG_RUNTIME_DIR/docker.sock</c>.</param>
/// <param name="Tls">The certificates to speak TLS with; null for plain HTTP or a unix socket.</param>
public sealed record EngineEndpoint(Uri Address, string Source, EngineTls? Tls = null)
{
    /// <summary>An endpoint given by its address alone (a test's own engine, a <c>DockerEngine(uri)</c> caller).</summary>
    public static EngineEndpoint Given(Uri address) => new(address, "given by the caller");

    public override string ToString() => $"{Address} ({Source}{(Tls is null ? string.Empty : Tls.VerifyServer ? ", TLS" : ", TLS without verifying the engine")})";
}
