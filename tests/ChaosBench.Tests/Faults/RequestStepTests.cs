using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Faults;
using ChaosBench.Faults.Request;
using ChaosBench.Model;
using ChaosBench.Tests.Runner.Provisioning;

namespace ChaosBench.Tests.Faults;

public sealed class RequestStepTests
{
    [Test]
    public void Run_MemberWithoutAnAddress_FailsTheStepSayingSo()
    {
        // Given a request step to web, whose container exited before the engine gave it an address
        var web = new Member("web", "web", new ContainerSpec { Image = "nginx" });
        var context = new FaultContext(new RunResources(new FakeImageEngine(), "test"), new Deployment("cb-test", [web]), r => r)
        {
            ExpandAddresses = url => url.Replace("{web}", web.Address, StringComparison.Ordinal),
        };
        var step = new Fault(0, TimeSpan.Zero, new RequestStep(), new RequestOptions { Url = "http://{web}:80/health" });

        // When it runs
        var failed = Assert.ThrowsAsync<StepFailedException>(() => new RequestStep().RunAsync(context, step, CancellationToken.None));

        // Then the step fails, an answer about the product, rather than the run erroring on an invalid URI
        Assert.That(failed!.Message, Does.Contain("has no address"));
    }
}
