namespace ChaosBench.Tests.Scenarios.Compose;

public sealed class ComposeInterpolationTests : ComposeFixture
{
    [Test]
    public void Load_VariablesWithDefaults_AreInterpolatedInValuesNotKeys()
    {
        // Given values using defaults, a set variable, and a key that looks like a placeholder
        Folder.Environment["ETCD_TAG"] = "3.5";
        var compose = """
            services:
              app:
                image: recipe:etcd-${ETCD_TAG:-3.4}
                command: [etcd, --log-level, "${LOG_LEVEL:-info}", "$$HOME"]
                labels: { "${KEY}": v }
            """;

        // When it is loaded
        var app = Folder.Service(compose);

        // Then the values are expanded, $$ is a dollar sign, and the key is as written
        Assert.That(app.Image, Is.EqualTo("recipe:etcd-3.5"));
        Assert.That(app.Command, Is.EqualTo(new[] { "etcd", "--log-level", "info", "$HOME" }));
        Assert.That(app.Labels.Keys, Is.EqualTo(new[] { "${KEY}" }));
    }

    [Test]
    public void Load_DotEnv_FillsWhatTheEnvironmentLacks()
    {
        // Given a .env next to the Compose file, and the environment setting one of its variables too
        Folder.Write(".env", "# versions\nTAG=7.0\nexport USER_ID=1000 # the image's user\nGREETING=\"hello ${TAG}\"\nLITERAL='$TAG'\n");
        Folder.Environment["USER_ID"] = "0";
        var compose = "services:\n  app:\n    image: recipe:redis-${TAG}\n    user: $USER_ID\n    environment: [GREETING, LITERAL]\n";

        // When it is loaded
        var app = Folder.Service(compose);

        // Then the environment wins over .env, and .env's own values are read as Compose reads them
        Assert.That((app.Image, app.User), Is.EqualTo(("recipe:redis-7.0", "0")));
        Assert.That(app.Env, Is.EqualTo(new Dictionary<string, string> { ["GREETING"] = "hello 7.0", ["LITERAL"] = "$TAG" }));
    }

    [Test]
    public void Load_MergeKeys_MergeAnchorsWithLocalKeysWinning()
    {
        // Given an x- block anchored and merged, alone and in a list, as vendor files write them
        var compose = """
            x-backend-env: &backend-env
              DB_HOST: db
              LOG: info
            x-limits: &limits
              LOG: debug
              CACHE: redis
            x-common: &common
              image: recipe:nginx-1.26
              environment: *backend-env
            services:
              app:
                <<: *common
                user: "1"
              worker:
                <<: *common
                environment:
                  <<: [*backend-env, *limits]
                  LOG: warn
            """;

        // When it is loaded
        var services = Folder.Load(compose).Options.Services;

        // Then the anchored keys are there, local keys win, and the earlier of two merged mappings wins
        Assert.That((services["app"].Image, services["app"].User), Is.EqualTo(("recipe:nginx-1.26", "1")));
        Assert.That(services["app"].Env, Is.EqualTo(new Dictionary<string, string> { ["DB_HOST"] = "db", ["LOG"] = "info" }));
        Assert.That(services["worker"].Env, Is.EqualTo(new Dictionary<string, string> { ["DB_HOST"] = "db", ["LOG"] = "warn", ["CACHE"] = "redis" }));
    }

    [Test]
    public void Load_AnchoredValueUsedTwice_IsExpandedOnce()
    {
        // Given an anchored value holding an escaped dollar, used by two services
        var compose = "x-cmd: &cmd [sh, -c, \"echo $$PATH\"]\nservices:\n  a: { image: x, command: *cmd }\n  b: { image: x, command: *cmd }\n";

        // When it is loaded
        var services = Folder.Load(compose).Options.Services;

        // Then both see one dollar sign, not an expansion of it
        Assert.That(services["b"].Command, Is.EqualTo(new[] { "sh", "-c", "echo $PATH" }));
    }

    [Test]
    public void Load_EnvFiles_LaterFileAndEnvironmentWin()
    {
        // Given two env files, one optional and missing, and environment overriding one of their variables
        Folder.Write("base.env", "A=1\nB=1\nC=${FROM_ENV:-x}\n");
        Folder.Write("local.env", "B=2\n");
        var compose = """
            services:
              app:
                image: x
                environment: { A: override }
                env_file: [base.env, local.env, { path: missing.env, required: false }]
            """;

        // When it is loaded
        var app = Folder.Service(compose);

        // Then environment beats the files, and the later file beats the earlier
        Assert.That(app.Env, Is.EquivalentTo(new Dictionary<string, string> { ["A"] = "override", ["B"] = "2", ["C"] = "x" }));
    }

    [Test]
    public void Load_ComposePathFromVariable_IsExpanded()
    {
        // Given a scenario whose compose path comes from a variable with a default
        Folder.Write("other.compose.yaml", "services:\n  other: { image: x }\n");
        var scenario = "name: compose-test\nduration: 10s\ncompose: ${APP_COMPOSE:-app.compose.yaml}\n";
        Folder.Environment["APP_COMPOSE"] = "other.compose.yaml";

        // When it is loaded
        var services = Folder.Load("services:\n  app: { image: x }\n", scenario).Options.Services;

        // Then the variable chose the file
        Assert.That(services.Keys, Is.EqualTo(new[] { "other" }));
    }

    [Test]
    public void Load_StrictUnsetVariableInATypedValue_IsReportedOnceForTheVariable()
    {
        // Given a port and a duration taken from variables that are not set
        var compose = "services:\n  app:\n    image: x\n    ports: [\"$PORT\"]\n    healthcheck: { test: [CMD, \"true\"], interval: \"${INTERVAL}\" }\n";

        // When it is loaded strictly, as certify and run --strict-env load it
        var errors = Folder.Errors(compose, strict: true);

        // Then each variable is the error, not also the port or duration it failed to become
        Assert.That(errors, Is.EqualTo(new[]
        {
            "app.compose.yaml:4:13: variable PORT is not set; fix: set it in the environment or in the .env file next to the Compose file, or write ${PORT:-} to accept it empty (certify and run --strict-env refuse what Compose would read as empty)",
            "app.compose.yaml:5:51: variable INTERVAL is not set; fix: set it in the environment or in the .env file next to the Compose file, or write ${INTERVAL:-} to accept it empty (certify and run --strict-env refuse what Compose would read as empty)",
        }));
    }

    [Test]
    public void Load_UnsetVariable_IsEmptyAndListedOnceWithEveryUse()
    {
        // Given an unset variable used twice inside values, an unset one with a default, and one set to empty
        Folder.Environment["EMPTY"] = string.Empty;
        var compose = "services:\n  app:\n    image: x\n    environment:\n      NO_PROXY: \"localhost,${no_proxy}\"\n      no_proxy: \"${no_proxy}\"\n      TAG: ${TAG:-7.0}\n      SET: \"[${EMPTY}]\"\n";
        Folder.Write("app.compose.yaml", compose);
        Folder.Write("scenario.yaml", ComposeFolder.Scenario);

        // When it is loaded as lint, plan and run load it
        var scenario = TestKinds.Loader.Load(Folder.ScenarioPath, Folder.Environment.GetValueOrDefault);

        // Then the unset variable is empty where it is used, as Compose makes it, and listed once with both places
        Assert.That(scenario.Service("app").Env, Is.EqualTo(new Dictionary<string, string> { ["NO_PROXY"] = "localhost,", ["no_proxy"] = string.Empty, ["TAG"] = "7.0", ["SET"] = "[]" }));
        Assert.That(scenario.UnsetVariables, Is.EqualTo(new[] { "no_proxy: unset, read as empty, as Compose reads it (used at app.compose.yaml:5:17, 6:17); set it, or write ${no_proxy:-} to say empty is meant" }));

        // And strictly it is an error at each use
        Assert.That(Folder.Errors(compose, strict: true).Count(), Is.EqualTo(2));
    }

    [Test]
    public void Load_BadDotEnvLine_IsLocatedInTheDotEnvFile()
    {
        // Given a .env with a line that is not KEY=VALUE and an unclosed quote
        Folder.Write(".env", "TAG=7.0\n  not a variable\nNAME=\"open\n");

        // When the Compose file next to it is loaded
        var errors = Folder.Errors("services:\n  app: { image: x }\n");

        // Then the .env lines are named
        Assert.That(errors, Is.EqualTo(new[]
        {
            ".env:2:3: 'not a variable' is not KEY=VALUE; fix: write one variable per line, e.g. 'POSTGRES_PASSWORD=secret'; '#' starts a comment",
            ".env:3:6: the quote \" is not closed; fix: close the quote on the same line, or remove what follows it",
        }));
    }
}
