using ChaosBench.Model;

namespace ChaosBench.Tests.Model;

public sealed class ScenarioBuilderTests
{
    [Test]
    public void Build_InvalidScenario_ReportsEveryProblemAtOnce()
    {
        var builder = new ScenarioBuilder("Bad Name", TestKinds.All)
            .Service("etcd", s => s.Replicas = 0)
            .Workload("etcd-kvv", "etc")
            .Fault(TimeSpan.FromSeconds(1), "start", "etcd");

        var error = Assert.Throws<ScenarioInvalidException>(() => builder.Build());

        Assert.That(error!.Errors.Select(e => e.Path), Is.SupersetOf(new[] { "name", "duration", "services.etcd.image", "services.etcd.replicas", "workload.kind", "workload.target", "faults[0].start" }));
        Assert.That(error.Errors.Single(e => e.Path == "workload.kind").Fix, Is.EqualTo("did you mean 'etcd-kv'?"));
        Assert.That(error.Errors.Single(e => e.Path == "workload.target").Fix, Is.EqualTo("did you mean 'etcd'?"));
    }

    [Test]
    public void With_IsImmutable_EarlierBuilderUnchanged()
    {
        var first = new ScenarioBuilder("a", TestKinds.All).Duration(TimeSpan.FromSeconds(1)).Service("s", s => s.Image = "x");

        var second = first.Duration(TimeSpan.FromSeconds(9));

        Assert.That(first.Build().Duration, Is.EqualTo(TimeSpan.FromSeconds(1)));
        Assert.That(second.Build().Duration, Is.EqualTo(TimeSpan.FromSeconds(9)));
    }
}
