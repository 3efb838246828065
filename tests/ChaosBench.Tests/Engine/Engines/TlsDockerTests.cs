using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using ChaosBench.Engine;
using ChaosBench.Engine.Docker;

namespace ChaosBench.Tests.Engine.Engines;

/// <summary>
/// A dockerd on <c>tcp://127.0.0.1:2376</c> (another free port when 2376 is taken) with <c>--tlsverify</c> and
/// certificates made by openssl in the test, reached through <c>DOCKER_HOST</c> + <c>DOCKER_TLS_VERIFY</c> +
/// <c>DOCKER_CERT_PATH</c>, and through a docker context named in <c>DOCKER_CONTEXT</c>.
/// </summary>
[Category("Docker")]
[Category("DockerTls")]
[CancelAfter(300_000)]
public sealed class TlsDockerTests
{
    private string _certificates = null!;
    private SecondDockerd _engine = null!;

    [OneTimeSetUp]
    public async Task StartEngine()
    {
        _certificates = await TlsCertificates.MakeAsync();
        _engine = await SecondDockerd.StartAsync(TimeSpan.FromSeconds(60), new DockerdOptions
        {
            TlsFolder = _certificates,
            Port = IsFree(2376) ? 2376 : 0,
            AddressPool = "10.217.0.0/16",
            BridgeAddress = "10.218.0.1/24",
        });
    }

    [OneTimeTearDown]
    public async Task StopEngine()
    {
        await _engine.DisposeAsync();
        Directory.Delete(_certificates, recursive: true);
        Assert.That(Directory.Exists("/sys/class/net/docker0"), Is.True, "the host's docker0 is gone");
    }

    [Test]
    public void Ping_PlainHttpToTheTlsEngine_Refused()
    {
        // The negative control: without TLS the engine does not answer the harness
        using var plain = new DockerEngine(new Uri(_engine.DockerHost));

        Assert.ThrowsAsync(Is.InstanceOf<EngineException>(), () => plain.PingAsync());
    }

    [Test]
    public async Task Run_KillMemberThroughDockerHostAndTlsVerify_Passes()
    {
        var env = KillMemberRun.Clean();
        env["DOCKER_HOST"] = _engine.DockerHost;
        env["DOCKER_TLS_VERIFY"] = "1";
        env["DOCKER_CERT_PATH"] = _certificates;

        var (exit, record, output) = await KillMemberRun.RunAsync(_engine, env, CancellationToken.None);

        Assert.That(exit, Is.Zero, output);
        Assert.That(record!["outcome"]!.GetValue<string>(), Is.EqualTo("passed"), output);
        Assert.That(record["environment"]!["engineEndpoint"]!.GetValue<string>(), Is.EqualTo(_engine.DockerHost + "/"));
    }

    [Test]
    public async Task Run_KillMemberThroughADockerContext_Passes()
    {
        // Given a docker config folder of the test's own, holding a context with the engine's address and TLS files
        var config = Directory.CreateTempSubdirectory("chaosbench-docker-config-").FullName;
        try
        {
            Context(config, "chaosbench-tls", _engine.DockerHost);
            var env = KillMemberRun.Clean();
            env["DOCKER_CONFIG"] = config;
            env["DOCKER_CONTEXT"] = "chaosbench-tls";

            var (exit, record, output) = await KillMemberRun.RunAsync(_engine, env, CancellationToken.None);

            Assert.That(exit, Is.Zero, output);
            Assert.That(record!["outcome"]!.GetValue<string>(), Is.EqualTo("passed"), output);
            Assert.That(record["environment"]!["engineEndpoint"]!.GetValue<string>(), Is.EqualTo(_engine.DockerHost + "/"));
        }
        finally
        {
            Directory.Delete(config, recursive: true);
        }
    }

    /// <summary>The context as <c>docker context create NAME --docker host=...,ca=...,cert=...,key=...</c> writes it.</summary>
    private void Context(string config, string name, string host)
    {
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
        var meta = Directory.CreateDirectory(Path.Combine(config, "contexts", "meta", id)).FullName;
        File.WriteAllText(Path.Combine(meta, "meta.json"), "{\"Name\":\"" + name + "\",\"Metadata\":{},\"Endpoints\":{\"docker\":{\"Host\":\"" + host + "\",\"SkipTLSVerify\":false}}}");
        var tls = Directory.CreateDirectory(Path.Combine(config, "contexts", "tls", id, "docker")).FullName;
        foreach (var file in new[] { "ca.pem", "cert.pem", "key.pem" })
        {
            File.Copy(Path.Combine(_certificates, file), Path.Combine(tls, file));
        }
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
