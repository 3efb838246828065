using ChaosBench.Model.Redaction;
using ChaosBench.Scenarios;

namespace ChaosBench.Tests.Scenarios.Reading;

public sealed class SecretsReaderTests
{
    private const string Head = """
        name: secrets
        duration: 5s

        """;

    [Test]
    public void Parse_SecretsListAndMarkedEnvValue_BothNamesSecretAndTheValueKept()
    {
        // Given a top-level secrets list and an env value marked secret, next to a plain one
        var yaml = Head + """
            secrets: [session]
            services:
              app:
                image: recipe:etcd-3.4
                env:
                  DB_CONN: { value: "postgres://app:pw-1234@db/app", secret: true }
                  MODE: production

            """;

        // When it is parsed
        var scenario = TestKinds.Loader.Parse(yaml, "secrets.yaml");

        // Then the env keeps the value, and both names count as secret
        Assert.That(scenario.Service("app").Env["DB_CONN"], Is.EqualTo("postgres://app:pw-1234@db/app"));
        Assert.That(scenario.Secrets, Is.EquivalentTo(new[] { "session", "DB_CONN" }));
        Assert.That(Redactor.For(scenario).Redact("url postgres://app:pw-1234@db/app mode production"), Is.EqualTo("url *** mode production"));
    }

    [Test]
    public void Parse_MarkedEnvValueWithoutValue_LocatedErrorWithTheFix()
    {
        // Given an env value written as a mapping without its value
        var yaml = Head + """
            services:
              app:
                image: recipe:etcd-3.4
                env:
                  DB_CONN: { secret: true }

            """;

        // When it is parsed
        var error = Assert.Throws<ScenarioLoadException>(() => TestKinds.Loader.Parse(yaml, "secrets.yaml"))!;

        // Then the error names the line and column and shows the form to write
        var located = error.Errors.Single();
        Assert.That((located.Line, located.Column), Is.EqualTo((7, 16)));
        Assert.That(located.Message, Does.Contain("env value 'DB_CONN' needs a value"));
        Assert.That(located.Fix, Does.Contain("secret: true"));
    }

    [Test]
    public void Parse_UnknownKeyInMarkedEnvValue_SuggestsTheKeyMeant()
    {
        // Given 'secert' for 'secret'
        var yaml = Head + """
            services:
              app:
                image: recipe:etcd-3.4
                env: { DB_CONN: { value: x, secert: true } }

            """;

        // When it is parsed
        var error = Assert.Throws<ScenarioLoadException>(() => TestKinds.Loader.Parse(yaml, "secrets.yaml"))!;

        // Then the error says so and offers 'secret'
        Assert.That(error.Errors.Single().Message, Does.Contain("unknown key 'secert'"));
        Assert.That(error.Errors.Single().Fix, Does.Contain("secret"));
    }

    [Test]
    public void Parse_SecretsNotAList_LocatedError()
    {
        // Given secrets written as one word
        var yaml = Head + """
            secrets: { a: b }
            services:
              app: { image: recipe:etcd-3.4 }

            """;

        // When it is parsed, then the error is at the secrets line
        var error = Assert.Throws<ScenarioLoadException>(() => TestKinds.Loader.Parse(yaml, "secrets.yaml"))!;
        Assert.That(error.Errors.Single().Line, Is.EqualTo(3));
    }
}
