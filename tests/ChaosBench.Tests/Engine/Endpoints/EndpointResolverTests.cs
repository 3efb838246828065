using System.Security.Cryptography;
using System.Text;
using ChaosBench.Engine;
using ChaosBench.Engine.Docker.Endpoints;

namespace ChaosBench.Tests.Engine.Endpoints;

/// <summary>Each step of the docker CLI's resolution order, on made-up environments and config folders: no real ~/.docker is read.</summary>
public sealed class EndpointResolverTests
{
    private string _home = null!;
    private Dictionary<string, string> _environment = null!;

    [SetUp]
    public void MakeHome()
    {
        _home = Directory.CreateTempSubdirectory("chaosbench-home-").FullName;
        _environment = [];
    }

    [TearDown]
    public void RemoveHome() => Directory.Delete(_home, recursive: true);

    [Test]
    public void Resolve_DockerHost_WinsOverContextsAndSockets()
    {
        // Given DOCKER_HOST, a context and an existing rootful socket
        _environment["DOCKER_HOST"] = "tcp://127.0.0.1:23750";
        _environment["DOCKER_CONTEXT"] = "remote";
        Context("remote", "tcp://10.0.0.1:2376");

        // When resolved, Then DOCKER_HOST is taken, without TLS
        var endpoint = Resolve(rootful: Socket("docker.sock"));
        Assert.That((endpoint.Address.ToString(), endpoint.Source, endpoint.Tls), Is.EqualTo(("tcp://127.0.0.1:23750/", "DOCKER_HOST", (EngineTls?)null)));
    }

    [Test]
    public void Resolve_DockerHostWithTlsVerifyAndCertPath_TlsWithThoseCertificates()
    {
        // Given DOCKER_HOST with DOCKER_TLS_VERIFY and a DOCKER_CERT_PATH holding the three PEM files
        var certs = Certificates(Path.Combine(_home, "certs"));
        _environment["DOCKER_HOST"] = "tcp://127.0.0.1";
        _environment["DOCKER_TLS_VERIFY"] = "1";
        _environment["DOCKER_CERT_PATH"] = certs;

        // When resolved
        var endpoint = Resolve();

        // Then TLS on the TLS port, verifying the engine against ca.pem
        Assert.That(endpoint.Address.ToString(), Is.EqualTo("tcp://127.0.0.1:2376/"));
        Assert.That(endpoint.Tls, Is.EqualTo(new EngineTls(Path.Combine(certs, "ca.pem"), Path.Combine(certs, "cert.pem"), Path.Combine(certs, "key.pem"), VerifyServer: true)));
    }

    [Test]
    public void Resolve_TlsVerifyWithoutCertPath_CertificatesOfTheDockerFolder()
    {
        // Given DOCKER_TLS_VERIFY and no DOCKER_CERT_PATH: ~/.docker/{ca,cert,key}.pem
        var certs = Certificates(Path.Combine(_home, ".docker"));
        _environment["DOCKER_HOST"] = "tcp://127.0.0.1:2376";
        _environment["DOCKER_TLS_VERIFY"] = "1";

        Assert.That(Resolve().Tls!.CertFile, Is.EqualTo(Path.Combine(certs, "cert.pem")));
    }

    [Test]
    public void Resolve_TlsVerifyButNoClientCertificate_OneLineNamingTheFilesAndTheFix()
    {
        _environment["DOCKER_HOST"] = "tcp://127.0.0.1:2376";
        _environment["DOCKER_TLS_VERIFY"] = "1";
        _environment["DOCKER_CERT_PATH"] = Path.Combine(_home, "nowhere");

        var error = Assert.Throws<EngineException>(() => Resolve());

        Assert.That(error!.Message, Does.Contain("cert.pem").And.Contain("fix: point DOCKER_CERT_PATH"));
    }

    [Test]
    public void Resolve_SshDockerHost_RefusedInOneLine()
    {
        _environment["DOCKER_HOST"] = "ssh://me@build-box";

        var error = Assert.Throws<EngineException>(() => Resolve());

        Assert.That(error!.Message, Does.Contain("ssh://").And.Contain("fix:").And.Not.Contain("\n"));
    }

    [Test]
    public void Resolve_DockerContext_ItsHostAndTlsFolder()
    {
        // Given DOCKER_CONTEXT naming a context with TLS material, and a different currentContext
        _environment["DOCKER_CONTEXT"] = "tls-box";
        var tls = Context("tls-box", "tcp://127.0.0.1:2376", withTls: true);
        Context("other", "unix:///other.sock");
        Config("""{"currentContext":"other"}""");

        // When resolved, Then the named context wins, with its certificates
        var endpoint = Resolve();
        Assert.That(endpoint.Address.ToString(), Is.EqualTo("tcp://127.0.0.1:2376/"));
        Assert.That(endpoint.Source, Does.Contain("docker context 'tls-box' from DOCKER_CONTEXT"));
        Assert.That(endpoint.Tls, Is.EqualTo(new EngineTls(Path.Combine(tls, "ca.pem"), Path.Combine(tls, "cert.pem"), Path.Combine(tls, "key.pem"), VerifyServer: true)));
    }

    [Test]
    public void Resolve_DockerContextMissing_OneLineNamingItAndTheFix()
    {
        _environment["DOCKER_CONTEXT"] = "gone";

        var error = Assert.Throws<EngineException>(() => Resolve());

        Assert.That(error!.Message, Does.Contain("docker context 'gone'").And.Contain("does not exist").And.Contain("fix:"));
    }

    [Test]
    public void Resolve_CurrentContextOfConfig_ItsHost()
    {
        // Given no DOCKER_HOST or DOCKER_CONTEXT, and config.json naming a current context
        Context("podman-box", "unix:///run/user/1000/podman/podman.sock");
        Config("""{"auths":{},"currentContext":"podman-box"}""");

        var endpoint = Resolve(rootful: Socket("docker.sock"));

        Assert.That(endpoint.Address.ToString(), Is.EqualTo("unix:///run/user/1000/podman/podman.sock"));
        Assert.That(endpoint.Source, Does.Contain("currentContext"));
    }

    [Test]
    public void Resolve_DefaultContext_FallsThroughToTheSockets()
    {
        Config("""{"currentContext":"default"}""");

        var endpoint = Resolve(rootful: Socket("docker.sock"));

        Assert.That(endpoint.Address.AbsolutePath, Is.EqualTo(Path.Combine(_home, "docker.sock")));
    }

    [Test]
    public void Resolve_RootlessSocket_BeforeTheRootfulOne()
    {
        // Given both a rootless socket under XDG_RUNTIME_DIR and a rootful one
        var runtime = Directory.CreateDirectory(Path.Combine(_home, "run")).FullName;
        File.WriteAllText(Path.Combine(runtime, "docker.sock"), string.Empty);
        _environment["XDG_RUNTIME_DIR"] = runtime;

        var endpoint = Resolve(rootful: Socket("docker.sock"));

        Assert.That(endpoint.Address.AbsolutePath, Is.EqualTo(Path.Combine(runtime, "docker.sock")));
        Assert.That(endpoint.Source, Does.Contain("rootless"));
    }

    [Test]
    public void Resolve_RootfulSocket_WhenNoRootlessOne()
    {
        _environment["XDG_RUNTIME_DIR"] = Directory.CreateDirectory(Path.Combine(_home, "run")).FullName;

        var endpoint = Resolve(rootful: Socket("docker.sock"));

        Assert.That(endpoint.Address.AbsolutePath, Is.EqualTo(Path.Combine(_home, "docker.sock")));
        Assert.That(endpoint.Source, Does.Contain("rootful"));
    }

    [Test]
    public void Resolve_UserPodmanSocket_WhenNoDockerSocket()
    {
        var runtime = Directory.CreateDirectory(Path.Combine(_home, "run", "podman")).Parent!.FullName;
        File.WriteAllText(Path.Combine(runtime, "podman", "podman.sock"), string.Empty);
        _environment["XDG_RUNTIME_DIR"] = runtime;

        var endpoint = Resolve(podman: Socket("root-podman.sock"));

        Assert.That(endpoint.Address.AbsolutePath, Is.EqualTo(Path.Combine(runtime, "podman", "podman.sock")));
        Assert.That(endpoint.Source, Does.Contain("Podman"));
    }

    [Test]
    public void Resolve_RootPodmanSocket_Last()
    {
        var endpoint = Resolve(podman: Socket("root-podman.sock"));

        Assert.That(endpoint.Address.AbsolutePath, Is.EqualTo(Path.Combine(_home, "root-podman.sock")));
    }

    [Test]
    public void Resolve_NothingFound_TheRootfulDefaultSayingSo()
    {
        var endpoint = Resolve();

        Assert.That(endpoint.Address.AbsolutePath, Is.EqualTo(Path.Combine(_home, "absent-docker.sock")));
        Assert.That(endpoint.Source, Does.Contain("no engine socket found"));
    }

    private EngineEndpoint Resolve(string? rootful = null, string? podman = null) => EndpointResolver.Resolve(new EngineSettings
    {
        Variable = name => _environment.GetValueOrDefault(name),
        Home = _home,
        RootfulSocket = rootful ?? Path.Combine(_home, "absent-docker.sock"),
        PodmanRootSocket = podman ?? Path.Combine(_home, "absent-podman.sock"),
    });

    /// <summary>A file standing for a socket: resolution only looks whether it exists.</summary>
    private string Socket(string name)
    {
        var path = Path.Combine(_home, name);
        File.WriteAllText(path, string.Empty);
        return path;
    }

    private void Config(string json)
    {
        Directory.CreateDirectory(Path.Combine(_home, ".docker"));
        File.WriteAllText(Path.Combine(_home, ".docker", "config.json"), json);
    }

    /// <summary>A context's meta.json (and TLS folder) where the docker CLI keeps them; returns the TLS folder.</summary>
    private string Context(string name, string host, bool withTls = false)
    {
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
        var meta = Directory.CreateDirectory(Path.Combine(_home, ".docker", "contexts", "meta", id)).FullName;
        File.WriteAllText(Path.Combine(meta, "meta.json"), "{\"Name\":\"" + name + "\",\"Metadata\":{},\"Endpoints\":{\"docker\":{\"Host\":\"" + host + "\",\"SkipTLSVerify\":false}}}");
        var tls = Path.Combine(_home, ".docker", "contexts", "tls", id, "docker");
        return withTls ? Certificates(tls) : tls;
    }

    private static string Certificates(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in new[] { "ca.pem", "cert.pem", "key.pem" })
        {
            File.WriteAllText(Path.Combine(folder, file), "PEM");
        }

        return folder;
    }
}
