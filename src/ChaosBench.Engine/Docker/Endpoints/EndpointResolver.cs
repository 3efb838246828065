namespace ChaosBench.Engine.Docker.Endpoints;

/// <summary>
/// Finds the engine the way the docker CLI does, in this order: <c>DOCKER_HOST</c> (with TLS when
/// <c>DOCKER_TLS_VERIFY</c> is set), <c>DOCKER_CONTEXT</c>, the <c>currentContext</c> of <c>config.json</c>, then
/// the sockets that exist: rootless (<c>$XDG_RUNTIME_DIR/docker.sock</c>), rootful (<c>/var/run/docker.sock</c>),
/// Podman (<c>$XDG_RUNTIME_DIR/podman/podman.sock</c>, <c>/run/podman/podman.sock</c>). Hand-written: the library
/// reads a context's address but not its TLS material, knows none of the sockets after the rootful one, and does not
/// say why it chose what it chose, which <c>chaosbench doctor</c> prints.
/// </summary>
public static class EndpointResolver
{
    /// <summary>The endpoint <paramref name="settings"/> (default: this process's) lead to; throws a one-line <see cref="EngineException"/> with the fix when they are wrong.</summary>
    public static EngineEndpoint Resolve(EngineSettings? settings = null)
    {
        settings ??= EngineSettings.FromProcess();
        if (settings.Set("DOCKER_HOST") is { } host)
        {
            return FromDockerHost(host, settings);
        }

        if (settings.Set("DOCKER_CONTEXT") is { } named && named != DockerContexts.Default)
        {
            return DockerContexts.Load(named, "DOCKER_CONTEXT", settings);
        }

        if (DockerContexts.Current(settings) is { } current && current != DockerContexts.Default)
        {
            return DockerContexts.Load(current, $"currentContext of {Path.Combine(settings.ConfigFolder, "config.json")}", settings);
        }

        return Sockets(settings).Where(s => File.Exists(s.Path)).Select(s => ((string Path, string Why)?)s).FirstOrDefault() is { } found
            ? new EngineEndpoint(Unix(found.Path), found.Why)
            : new EngineEndpoint(Unix(settings.RootfulSocket), $"no engine socket found (rootless, {settings.RootfulSocket}, Podman), so the default");
    }

    /// <summary>A <c>DOCKER_HOST</c> value with TLS as <c>DOCKER_TLS_VERIFY</c> and <c>DOCKER_CERT_PATH</c> (else <c>~/.docker</c>) ask.</summary>
    private static EngineEndpoint FromDockerHost(string host, EngineSettings settings)
    {
        var verify = settings.Set("DOCKER_TLS_VERIFY") is not null;
        var address = DockerEndpoint.Parse(host, verify ? "1" : null);
        var tls = verify && address.Scheme == "tcp" ? Certificates(settings.Set("DOCKER_CERT_PATH") ?? settings.ConfigFolder, "DOCKER_CERT_PATH", verify: true) : null;
        return new EngineEndpoint(address, "DOCKER_HOST", tls);
    }

    /// <summary><c>ca.pem</c>, <c>cert.pem</c> and <c>key.pem</c> of <paramref name="folder"/>; the CA may be missing, the client pair may not.</summary>
    internal static EngineTls Certificates(string folder, string setting, bool verify)
    {
        var cert = Path.Combine(folder, "cert.pem");
        var key = Path.Combine(folder, "key.pem");
        var missing = new[] { cert, key }.Where(f => !File.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            throw new EngineException($"TLS to the engine needs {string.Join(" and ", missing)}, which do not exist; fix: point {setting} at the folder holding ca.pem, cert.pem and key.pem, or unset DOCKER_TLS_VERIFY for a plain tcp:// engine");
        }

        var ca = Path.Combine(folder, "ca.pem");
        return new EngineTls(File.Exists(ca) ? ca : null, cert, key, verify);
    }

    private static IEnumerable<(string Path, string Why)> Sockets(EngineSettings settings)
    {
        var runtime = settings.Set("XDG_RUNTIME_DIR");
        if (runtime is not null)
        {
            yield return (Path.Combine(runtime, "docker.sock"), "the rootless engine's socket $XDG_RUNTIME_DIR/docker.sock");
        }

        yield return (settings.RootfulSocket, $"the rootful engine's socket {settings.RootfulSocket}");
        if (runtime is not null)
        {
            yield return (Path.Combine(runtime, "podman", "podman.sock"), "Podman's socket $XDG_RUNTIME_DIR/podman/podman.sock");
        }

        yield return (settings.PodmanRootSocket, $"Podman's socket {settings.PodmanRootSocket}");
    }

    private static Uri Unix(string path) => new($"unix://{path}");
}
