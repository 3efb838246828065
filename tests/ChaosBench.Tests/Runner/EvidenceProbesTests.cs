using ChaosBench.Engine.Cleanup;
using ChaosBench.Faults;
using ChaosBench.Model.Records;
using ChaosBench.Runner;
using ChaosBench.Tests.Runner.Provisioning;

namespace ChaosBench.Tests.Runner;

public sealed class EvidenceProbesTests
{
    [Test]
    public async Task ProbeHttp_MemberWithoutAnAddress_RecordsNoAddressUntilItsTimeIsUp()
    {
        // Given an http-status expectation on web, whose container exited before the engine gave it an address
        var file = Path.Combine(Directory.CreateTempSubdirectory("chaosbench-probe-").FullName, "probe.yaml");
        await File.WriteAllTextAsync(file, """
            name: probe
            duration: 5s
            services:
              web: { image: recipe:nginx }
            expect:
              - http-status: { url: "http://{web}:80/", is: 200, within: 1s }
            """);
        var scenario = TestKinds.Loader.Load(file);
        var deployment = new Deployment("cb-test", [new Member("web", "web", new ChaosBench.Engine.ContainerSpec { Image = "nginx" })]);
        var context = new FaultContext(new RunResources(new FakeImageEngine(), "test"), deployment, r => r)
        {
            ExpandAddresses = new Addresses(deployment, new Dictionary<string, Uri>()).Expand,
        };
        var recorder = new RunRecorder(IRunObserver.None);

        // When the probes ask after the faults
        await new EvidenceProbes(scenario, recorder).ProbeHttpAsync(context, CancellationToken.None);

        // Then each attempt, a quarter of a second apart, is an answer about the product (no address), not a harness
        // error: http-status then fails for it
        var answers = recorder.Timeline.Where(e => e.Kind == TimelineKinds.HttpStatus).Select(e => e.Detail).ToList();
        Assert.That(answers, Has.Count.InRange(2, 5).And.All.EqualTo("no address"));
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }
}
