using ChaosBench.Model;
using ChaosBench.NUnit;
using NUnit.Framework.Internal;

namespace ChaosBench.Tests.NUnit;

/// <summary>A real control run through the NUnit integration: it must come out as a failed test with its reason and reports.</summary>
[Category("Docker")]
[CancelAfter(300_000)]
public sealed class ChaosControlTests
{
    [Test]
    public async Task Passed_RedisWithoutPersistenceKilled_FailsAtNoLostWritesWithReportsAttached()
    {
        // Given the control whose Redis keeps nothing on disk, as the case [ChaosScenarios] would pass
        var scenario = (Scenario)ScenarioCases.From("scenarios/controls/redis-no-persistence-kill.yaml").Single().Arguments[0]!;

        // When it runs inside this test (its run folder in the default place) and its verdict is asserted
        var run = await Chaos.RunAsync(scenario, new ChaosOptions { Seed = 7 });
        var failure = Assert.Throws<AssertionException>(() => ChaosAssert.Passed(run));

        // Then the test fails at no-lost-writes with the lost writes as evidence
        Assert.That(failure!.Message, Does.Contain("redis-no-persistence-kill failed (an expectation deviated, seed 7) at expect[0] no-lost-writes"));
        Assert.That(failure.Message, Does.Contain("failed no-lost-writes:").And.Contain("lost"));

        // And run.json and report.html are attached to this test's result, exist, and lie under the test's work directory
        var attached = TestExecutionContext.CurrentContext.CurrentResult.TestAttachments.Select(a => a.FilePath).ToList();
        Assert.That(attached.Select(Path.GetFileName), Is.EquivalentTo(new[] { "run.json", "report.html" }));
        Assert.That(attached, Has.All.Matches<string>(File.Exists));
        Assert.That(attached, Has.All.StartsWith(Path.Combine(TestContext.CurrentContext.WorkDirectory, "runs")));
    }
}
