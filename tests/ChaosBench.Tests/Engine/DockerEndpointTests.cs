using ChaosBench.Engine;
using ChaosBench.Engine.Docker;

namespace ChaosBench.Tests.Engine;

public sealed class DockerEndpointTests
{
    [TestCase(null, "unix:///var/run/docker.sock")]
    [TestCase("", "unix:///var/run/docker.sock")]
    [TestCase("unix:///run/user/1000/docker.sock", "unix:///run/user/1000/docker.sock")]
    [TestCase("tcp://127.0.0.1:2375", "tcp://127.0.0.1:2375/")]
    [TestCase("tcp://127.0.0.1", "tcp://127.0.0.1:2375/")]
    [TestCase("tcp://localhost:23750", "tcp://localhost:23750/")]
    public void Parse_DockerHost_GivesEndpoint(string? dockerHost, string expected)
    {
        Assert.That(DockerEndpoint.Parse(dockerHost).ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void Parse_UnsupportedScheme_ExplainsTheFix()
    {
        var error = Assert.Throws<EngineException>(() => DockerEndpoint.Parse("ssh://box"));

        Assert.That(error!.Message, Does.Contain("ssh://box").And.Contain("fix:"));
    }

    [TestCase("unix://docker.sock")]
    [TestCase("unix://")]
    [TestCase("https://127.0.0.1:2376")]
    public void Parse_NotASocketPathOrTcp_ExplainsTheFix(string dockerHost)
    {
        var error = Assert.Throws<EngineException>(() => DockerEndpoint.Parse(dockerHost));

        Assert.That(error!.Message, Does.Contain(dockerHost).And.Contain("fix:"));
    }

    [TestCase("tcp://127.0.0.1", "tcp://127.0.0.1:2376/")]
    [TestCase("tcp://127.0.0.1:12376", "tcp://127.0.0.1:12376/")]
    public void Parse_TcpWithTlsVerify_TlsPortByDefault(string dockerHost, string expected)
    {
        Assert.That(DockerEndpoint.Parse(dockerHost, tlsVerify: "1").ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void Parse_Ssh_RefusedInOneLineWithTheFix()
    {
        var error = Assert.Throws<EngineException>(() => DockerEndpoint.Parse("ssh://user@box"));

        Assert.That(error!.Message, Does.Contain("ssh://").And.Contain("fix: forward the engine's socket").And.Not.Contain("\n"));
    }

    [TestCase("unix:///var/run/docker.sock", null, true)]
    [TestCase("tcp://127.0.0.1:2375", null, false)]
    [TestCase("tcp://127.0.0.1:2375", "", false)]
    [TestCase("tcp://127.0.0.1:2375", "1", true)]
    [TestCase("unix:///var/run/docker.sock", "0", false)]
    public void IsLocal_EndpointAndDeclaration_SaysWhetherTheEngineRunsHere(string endpoint, string? declared, bool expected)
    {
        Assert.That(DockerEndpoint.IsLocal(DockerEndpoint.Parse(endpoint), declared), Is.EqualTo(expected));
    }

    [Test]
    public void IsLocal_NeitherOneNorZero_ExplainsTheFix()
    {
        var error = Assert.Throws<EngineException>(() => DockerEndpoint.IsLocal(DockerEndpoint.Parse(null), "yes"));

        Assert.That(error!.Message, Does.Contain("CHAOSBENCH_ENGINE_LOCAL=yes").And.Contain("fix:"));
    }

    [Test]
    public void Ping_NothingListening_ThrowsUnavailableWithFix()
    {
        using var engine = new DockerEngine(new Uri("unix:///tmp/chaosbench-no-engine-here.sock"));

        var error = Assert.ThrowsAsync<EngineUnavailableException>(() => engine.PingAsync());

        Assert.That(error!.Message, Does.Contain("no container engine answers at unix:///tmp/chaosbench-no-engine-here.sock").And.Contain("fix:"));
    }

    [Test]
    [Category("Docker")]
    public async Task Version_RealEngine_SpeaksOurApiVersion()
    {
        using var engine = TestEnvironment.Engine();

        await engine.PingAsync();
        var version = await engine.VersionAsync();
        var info = await engine.InfoAsync();

        Assert.That(Version.Parse(version.ApiVersion), Is.GreaterThanOrEqualTo(ApiVersions.Required));
        Assert.That(version.KernelVersion, Is.Not.Empty);
        Assert.That(info.StorageDriver, Is.Not.Empty);
    }
}
