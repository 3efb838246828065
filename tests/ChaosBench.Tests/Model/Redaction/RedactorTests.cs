using ChaosBench.Checkers.HttpStatus;
using ChaosBench.Faults.Exec;
using ChaosBench.Faults.Request;
using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Planning;
using ChaosBench.Model.Records;
using ChaosBench.Model.Redaction;

namespace ChaosBench.Tests.Model.Redaction;

public sealed class RedactorTests
{
    private const string Secret = "s3cr3t-\"pa&ss\"<9>";

    [Test]
    public void Redact_ValueAndItsEncodedForms_AllReplacedByTheMarker()
    {
        // Given a value with characters JSON, HTML and URLs escape
        var redactor = new Redactor();
        redactor.Add(Secret);

        // When text holding it raw, JSON-escaped, HTML-escaped and URL-escaped is redacted
        var text = $"raw {Secret} json {System.Text.Json.JsonEncodedText.Encode(Secret)} html {System.Net.WebUtility.HtmlEncode(Secret)} url {Uri.EscapeDataString(Secret)}";
        var redacted = redactor.Redact(text);

        // Then no form survives, and each became the marker
        Assert.That(redacted, Is.EqualTo("raw *** json *** html *** url ***"));
    }

    [Test]
    public void Add_ValueShorterThanTheMinimum_IsNotScrubbedButHiddenByName()
    {
        // Given a secret env value of one character, under a secret name
        var redactor = new Redactor();

        // When it is added
        var scrubbed = redactor.AddNamed("DB_PASSWORD", "1");

        // Then free text keeps its 1s, the name is listed as too short, and an env map still hides it
        Assert.That(scrubbed, Is.False);
        Assert.That(redactor.TooShort, Is.EqualTo(new[] { "DB_PASSWORD" }));
        Assert.That(redactor.Redact("exit 1 after 10s"), Is.EqualTo("exit 1 after 10s"));
        Assert.That(redactor.RedactByName(new Dictionary<string, string> { ["DB_PASSWORD"] = "1", ["MODE"] = "1" }), Is.EqualTo(new Dictionary<string, string> { ["DB_PASSWORD"] = "***", ["MODE"] = "1" }));
    }

    [TestCase("POSTGRES_PASSWORD", true)]
    [TestCase("api_token", true)]
    [TestCase("X-Api-Key", true)]
    [TestCase("CLIENT_SECRET", true)]
    [TestCase("Authorization", true)]
    [TestCase("Proxy-Authorization", true)]
    [TestCase("cookie", true)]
    [TestCase("RABBITMQ_DEFAULT_PASS", true)]
    [TestCase("MYSQL_PWD", true)]
    [TestCase("DB_PASS", true)]
    [TestCase("PASSPHRASE", true)]
    [TestCase("API_CREDENTIALS", true)]
    [TestCase("GOOGLE_APPLICATION_CREDENTIAL", true)]
    [TestCase("X_AUTH", true)]
    [TestCase("BASIC_AUTH_USER", true)]
    [TestCase("Authentication", true)]
    [TestCase("PRIVATE_PEM", true)]
    [TestCase("OPENAI_API_KEY", true)]
    [TestCase("SIGNING_KEY", true)]
    [TestCase("AUTHOR", false)]
    [TestCase("AUTHORS_FILE", false)]
    [TestCase("ETCD_LOG_LEVEL", false)]
    [TestCase("DATABASE_URL", false)]
    [TestCase("POSTGRES_HOST_AUTH_METHOD", false)]
    [TestCase("AUTH_ENABLED", false)]
    public void Match_Name_FollowsTheRule(string name, bool secret) =>
        Assert.That(SecretNames.Match(name), Is.EqualTo(secret));

    [Test]
    public void Redact_UrlsWithUserInfo_UserAndPasswordMaskedWhateverTheirLength()
    {
        // Given text with URLs carrying credentials, one without, and an e-mail address
        var redactor = new Redactor();

        // When it is redacted, with no secret known
        var redacted = redactor.Redact("db postgres://app:pw@db:5432/app probe http://{self}:2379/health hook https://tok%40en@hooks.example/x?to=a@b mail admin@example.com");

        // Then every URL's user info is masked, and nothing else changes
        Assert.That(redacted, Is.EqualTo("db postgres://***@db:5432/app probe http://{self}:2379/health hook https://***@hooks.example/x?to=a@b mail admin@example.com"));
    }

    [Test]
    public void For_UrlsWithCredentials_PasswordsScrubbedEvenOutsideTheirUrl()
    {
        // Given credentials in a ready probe, an http-status URL, a request step and an env value
        var scenario = new ScenarioBuilder("urls", TestKinds.All)
            .Duration(TimeSpan.FromSeconds(5))
            .Service("app", s =>
            {
                s.Image = "recipe:etcd-3.4";
                s.Env["DATABASE_URL"] = "postgres://app:env-pass-1@db/app";
                s.Ready = new() { Http = "http://probe:ready-pass-2@{self}:2379/health" };
            })
            .Fault(TimeSpan.FromSeconds(1), new RequestOptions { Url = "http://step:step%2Fpass-3@{app}:2379/version" })
            .Expect(new HttpStatusOptions { Url = "http://check:status-pass-4@{app}:2379/health", Is = 200 })
            .Build();

        // When its redactor is made
        var redactor = Redactor.For(scenario);

        // Then each password is scrubbed where a product prints it alone, unescaped too
        Assert.That(redactor.Redact("env-pass-1 ready-pass-2 step/pass-3 status-pass-4 app"), Is.EqualTo("*** *** *** *** app"));
    }

    [Test]
    public void For_SecretValuesOfTheScenario_Scrubbed()
    {
        // Given a value the loader found interpolated from a secret
        var scenario = new ScenarioBuilder("flow", TestKinds.All).Duration(TimeSpan.FromSeconds(5)).Service("app", s => s.Image = "recipe:etcd-3.4").Build() with { SecretValues = ["host=db password=flowed-1"] };

        // When its redactor is made
        var redactor = Redactor.For(scenario);

        // Then that value is scrubbed wherever it turns up
        Assert.That(redactor.Redact("conn host=db password=flowed-1 ok"), Is.EqualTo("conn *** ok"));
    }

    [Test]
    public void Add_SwitchLiterals_NotScrubbedButHiddenByName()
    {
        // Given X_AUTH=true, secret by its name
        var redactor = new Redactor();
        redactor.AddNamed("X_AUTH", "true");

        // Then "true" stays readable everywhere, and the env map still hides it
        Assert.That(redactor.Redact("ready: true"), Is.EqualTo("ready: true"));
        Assert.That(redactor.TooShort, Is.Empty);
        Assert.That(redactor.RedactByName(new Dictionary<string, string> { ["X_AUTH"] = "true" })["X_AUTH"], Is.EqualTo("***"));
    }

    [Test]
    public void For_ScenarioWithNamedAndMarkedSecrets_CollectsBothAndNothingElse()
    {
        // Given env under a secret name, env under a name the scenario marks secret, and a plain one
        var scenario = new ScenarioBuilder("secrets", TestKinds.All)
            .Duration(TimeSpan.FromSeconds(5))
            .Secret("SESSION")
            .Service("app", s => { s.Image = "recipe:etcd-3.4"; s.Env["DB_PASSWORD"] = "hunter2-hunter2"; s.Env["SESSION"] = "cookie-value-42"; s.Env["MODE"] = "production"; })
            .Build();

        // When its redactor is made
        var redactor = Redactor.For(scenario);

        // Then both secret values are scrubbed, the plain one is not
        Assert.That(redactor.Redact("hunter2-hunter2 cookie-value-42 production"), Is.EqualTo("*** *** production"));
    }

    [Test]
    public void Redact_RunRecord_EveryTextFieldAndEnvRedacted()
    {
        // Given a record whose timeline, verdict, reason, plan and services carry a secret
        var redactor = new Redactor();
        redactor.Add(Secret);
        var step = new Fault(0, TimeSpan.FromSeconds(1), TestKinds.Fault("exec"), new ExecOptions { Target = "app", Command = ["echo", Secret] });
        var run = new RunRecord
        {
            RunId = "r",
            Scenario = "s",
            Seed = 1,
            StartedAt = DateTimeOffset.UnixEpoch,
            Environment = new EnvironmentRecord("v", "c", "e", "a", "k", "h", "unix"),
            Outcome = Outcome.Failed,
            Reason = $"it printed {Secret}",
            FailedStep = "faults[0] exec app",
            Plan = new Plan("s", 1, TimeSpan.FromSeconds(5), [new PlannedFault(step, "app", ["app"], "app")], []),
            Services = [new ServiceRecord("app", ["app"], new Dictionary<string, string> { ["DB_PASSWORD"] = "short", ["NOTE"] = Secret }, [])],
            Timeline = [new TimelineEntry(TimeSpan.Zero, "exec", "app", $"exit 0: {Secret}")],
            Verdicts = [new Verdict("log", VerdictStatus.Failed, Secret, new Dictionary<string, object?> { ["lines"] = new List<string> { Secret }, ["count"] = 3 })],
        };

        // When it is redacted
        var redacted = redactor.Redact(run);

        // Then no field holds the secret any more
        Assert.That(redacted.Reason, Is.EqualTo("it printed ***"));
        Assert.That(redacted.Plan!.Faults[0].Fault.OptionsAs<ExecOptions>().Command, Is.EqualTo(new[] { "echo", "***" }));
        Assert.That(redacted.Services[0].Env, Is.EqualTo(new Dictionary<string, string> { ["DB_PASSWORD"] = "***", ["NOTE"] = "***" }));
        Assert.That(redacted.Timeline[0].Detail, Is.EqualTo("exit 0: ***"));
        Assert.That(redacted.Verdicts[0].Summary, Is.EqualTo("***"));
        Assert.That(redacted.Verdicts[0].Evidence["lines"], Is.EqualTo(new[] { "***" }));
        Assert.That(redacted.Verdicts[0].Evidence["count"], Is.EqualTo(3));
    }

    [Test]
    public void Redact_History_ValuesAndErrorsRedacted()
    {
        // Given a history with the secret written as a value and quoted in an error
        var redactor = new Redactor();
        redactor.Add(Secret);
        var history = new History();
        history.Append(TimeSpan.Zero, OpType.Ok, 0, "write", "k", Secret);
        history.Append(TimeSpan.Zero, OpType.Fail, 0, "write", "k", "v", $"rejected {Secret}");

        // When it is redacted
        var ops = redactor.Redact(history).Ops;

        // Then neither survives
        Assert.That(ops.Select(o => o.Value), Is.EqualTo(new[] { "***", "v" }));
        Assert.That(ops[1].Error, Is.EqualTo("rejected ***"));
    }

    [Test]
    public void Redact_Transaction_MicroOpsRedacted()
    {
        // Given a transaction that appended the secret and read it back
        var redactor = new Redactor();
        redactor.Add(Secret);
        var history = new History();
        history.Append(TimeSpan.Zero, OpType.Ok, 0, [MicroOp.AppendOf("x", Secret), MicroOp.ReadOf("x", ["1", Secret])]);

        // When it is redacted
        var txn = redactor.Redact(history).Ops.Single().Txn;

        // Then the micro-ops keep their shape without the secret
        Assert.That(txn, Is.EqualTo(new[] { MicroOp.AppendOf("x", "***"), MicroOp.ReadOf("x", ["1", "***"]) }));
    }
}
