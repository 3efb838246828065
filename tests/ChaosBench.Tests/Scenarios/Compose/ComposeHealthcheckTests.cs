namespace ChaosBench.Tests.Scenarios.Compose;

public sealed class ComposeHealthcheckTests : ComposeFixture
{
    [TestCase("[CMD, pg_isready, -U, postgres]", new[] { "pg_isready", "-U", "postgres" })]
    [TestCase("[CMD-SHELL, \"pg_isready -U postgres || exit 1\"]", new[] { "sh", "-c", "pg_isready -U postgres || exit 1" })]
    [TestCase("redis-cli ping", new[] { "sh", "-c", "redis-cli ping" })]
    public void Load_HealthcheckTest_BecomesTheExecProbe(string test, string[] exec)
    {
        // Given a healthcheck test in one of its forms

        // When it is loaded
        var app = Folder.Service($"services:\n  app:\n    image: x\n    healthcheck:\n      test: {test}\n");

        // Then it is the exec probe, and the wait is Compose's default: 3 × (30s + 30s)
        Assert.That(app.Ready!.Exec, Is.EqualTo(exec));
        Assert.That(app.Ready.Within, Is.EqualTo(TimeSpan.FromMinutes(3)));
    }

    [Test]
    public void Load_HealthcheckTimings_GiveTheWaitComposeAllows()
    {
        // Given a healthcheck with every timing, in Compose's duration syntax
        var compose = "services:\n  app:\n    image: x\n    healthcheck: { test: [CMD, true], interval: 1m30s, timeout: 500ms, retries: 2, start_period: 1h, start_interval: 1s }\n";

        // When it is loaded
        var app = Folder.Service(compose);

        // Then the wait is start_period + retries × (interval + timeout)
        Assert.That(app.Ready!.Within, Is.EqualTo(TimeSpan.FromHours(1) + (2 * TimeSpan.FromSeconds(90.5))));
    }

    [TestCase("test: [NONE]")]
    [TestCase("disable: true")]
    public void Load_DisabledHealthcheck_IsNoProbe(string body)
    {
        // Given a healthcheck switched off

        // When it is loaded
        var app = Folder.Service($"services:\n  app:\n    image: x\n    healthcheck: {{ {body} }}\n");

        // Then there is no probe: the member is ready once it runs
        Assert.That(app.Ready, Is.Null);
    }

    [Test]
    public void Load_HealthcheckWithoutTest_IsAnError()
    {
        // Given a healthcheck that only tunes the image's own
        var compose = "services:\n  app:\n    image: x\n    healthcheck: { interval: 5s }\n";

        // When it is loaded
        var errors = Folder.Errors(compose);

        // Then it is refused: the image's HEALTHCHECK is not read
        Assert.That(errors, Is.EqualTo(new[] { "app.compose.yaml:4:18: a healthcheck needs a 'test' here: the image's own HEALTHCHECK is not read; fix: write e.g. 'test: [CMD, pg_isready]', or 'disable: true'" }));
    }
}
