using ChaosBench.Runner.Provisioning;
using ChaosBench.Scenarios;

namespace ChaosBench.Tests.Runner.Provisioning;

public sealed class LocalEngineCheckTests
{
    private static readonly Uri Remote = new("tcp://127.0.0.1:2375/");

    private static ChaosBench.Model.Scenario Load(string product, string file) =>
        TestKinds.Loader.Load(Path.Combine(TestEnvironment.RepoRoot, "scenarios", product, file));

    [Test]
    public void Require_PowerLossOnRemoteEngine_NamesVolumeFaultEngineAndFix()
    {
        // Given a power-loss scenario and an engine that runs elsewhere
        var scenario = Load("etcd", "power-loss-3.3.yaml");
        using var engine = new FakeImageEngine { Endpoint = Remote, IsLocal = false };

        // When it is checked
        var error = Assert.Throws<RemoteEngineException>(() => LocalEngineCheck.Require(scenario, engine));

        // Then the message names the volume, the fault, the engine and the fix
        Assert.That(error!.Message, Does.Contain("etcd's volume data is on the power-loss layer")
            .And.Contain("(for power-loss at 2s, 4s, 6s, 8s, 10s)")
            .And.Contain("the engine at tcp://127.0.0.1:2375/ is remote")
            .And.Contain("fix:")
            .And.Contain("CHAOSBENCH_ENGINE_LOCAL=1"));
    }

    [Test]
    public void Require_PowerLossOnLocalEngine_Passes()
    {
        // Given a power-loss scenario and an engine on this machine
        var scenario = Load("etcd", "power-loss-3.3.yaml");
        using var engine = new FakeImageEngine();

        // When / Then it is not refused
        Assert.DoesNotThrow(() => LocalEngineCheck.Require(scenario, engine));
    }

    [Test]
    public void Require_NoPowerLossVolumeOnRemoteEngine_Passes()
    {
        // Given a scenario without power-loss volumes and an engine that runs elsewhere
        var scenario = Load("etcd", "kill-member.yaml");
        using var engine = new FakeImageEngine { Endpoint = Remote, IsLocal = false };

        // When / Then it is not refused
        Assert.DoesNotThrow(() => LocalEngineCheck.Require(scenario, engine));
    }
}
