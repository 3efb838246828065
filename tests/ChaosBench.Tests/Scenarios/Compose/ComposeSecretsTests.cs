using ChaosBench.Model.Redaction;
using ChaosBench.Scenarios;

namespace ChaosBench.Tests.Scenarios.Compose;

/// <summary>Secrets by flow: a value a Compose file interpolates from a secret is secret under whatever name it lands.</summary>
public sealed class ComposeSecretsTests : ComposeFixture
{
    [Test]
    public void Load_UrlInterpolatedFromASecretNamedVariable_EnvMarkedAndValuesSecret()
    {
        // Given PGPASSWORD set, and a Compose file building a URL and a command line from it
        Folder.Environment["PGPASSWORD"] = "pg-pass-123";
        var compose = """
            services:
              app:
                image: recipe:postgresql-15
                environment:
                  DATABASE_URL: postgres://app:${PGPASSWORD}@db/app
                  MODE: production
                command: [app, "--password=${PGPASSWORD}"]
            """;

        // When it is loaded
        var file = Folder.Load(compose);

        // Then DATABASE_URL is secret by flow, MODE is not, and the values are secret wherever they land
        Assert.That(file.Options.Services["app"].SecretEnv, Is.EqualTo(new[] { "DATABASE_URL" }));
        Assert.That(file.SecretValues, Is.SupersetOf(new[] { "pg-pass-123", "postgres://app:pg-pass-123@db/app", "--password=pg-pass-123" }));
        var scenario = TestKinds.Loader.Load(Folder.ScenarioPath, Folder.Environment.GetValueOrDefault);
        Assert.That(Redactor.For(scenario).Redact("app --password=pg-pass-123; pg-pass-123"), Is.EqualTo("app ***; ***"));
    }

    [Test]
    public void Load_DotEnvValueMadeFromAMarkedVariable_SecretWhereItLands()
    {
        // Given the scenario marks SESSION_ID secret, .env makes COOKIE from it, and the Compose file uses COOKIE
        Folder.Environment["SESSION_ID"] = "sess-4567";
        Folder.Write(".env", "COOKIE=sid=${SESSION_ID}\n");
        var compose = "services:\n  app:\n    image: recipe:etcd-3.4\n    environment: { APP_COOKIE: \"${COOKIE}\", PLAIN: \"${HOME:-/root}\" }\n";

        // When it is loaded
        var file = Folder.Load(compose, ComposeFolder.Scenario + "secrets: [SESSION_ID]\n");

        // Then APP_COOKIE is secret though neither its name nor COOKIE's says so
        Assert.That(file.Options.Services["app"].SecretEnv, Is.EqualTo(new[] { "APP_COOKIE" }));
        Assert.That(file.SecretValues, Does.Contain("sid=sess-4567"));
    }

    [Test]
    public void Load_EnvFileLineMadeFromASecret_EnvMarked()
    {
        // Given an env_file whose DB_URL line interpolates DB_PASS from the environment
        Folder.Environment["DB_PASS"] = "db-pass-890";
        Folder.Write("db.env", "DB_URL=mysql://root:${DB_PASS}@db/app\nDB_NAME=app\n");
        var compose = "services:\n  app:\n    image: recipe:etcd-3.4\n    env_file: db.env\n";

        // When it is loaded
        var app = Folder.Service(compose);

        // Then DB_URL is secret, DB_NAME is not
        Assert.That(app.SecretEnv, Is.EqualTo(new[] { "DB_URL" }));
    }
}
