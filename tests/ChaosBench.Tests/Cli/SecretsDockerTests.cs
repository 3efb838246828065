using System.Diagnostics;
using System.Text.Json.Nodes;

namespace ChaosBench.Tests.Cli;

/// <summary>
/// A planted secret never reaches an artifact nor the console: env under a secret name, env marked secret, a value a
/// step saves under a marked name, values a Compose file interpolates from a secret, and the user and password of
/// URLs, each echoed by the product and by steps; and no container of the run is privileged.
/// </summary>
[Category("Docker")]
[CancelAfter(300_000)]
public sealed class SecretsDockerTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("chaosbench-secrets-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task Run_PlantedSecretsEchoedEverywhere_NoArtifactHoldsThemAndNoContainerIsPrivileged(CancellationToken ct)
    {
        // Given three unique secrets: env DB_PASSWORD (by name), env SESSION (marked), and a value saved under 'handle' (marked)
        var (password, session, handle) = (Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"));
        var scenario = Path.Combine(_dir, "secrets.yaml");
        await File.WriteAllTextAsync(scenario, $$"""
            name: planted-secrets
            duration: 6s
            secrets: [handle]
            services:
              app:
                image: recipe:etcd-3.4
                entrypoint: [sh, -c, 'echo "password $DB_PASSWORD session $SESSION"; exec sleep 600']
                env:
                  DB_PASSWORD: "{{password}}"
                  SESSION: { value: "{{session}}", secret: true }
                cap-add: [NET_ADMIN]
                ready: { log: "password", within: 30s }
            faults:
              - at: 1s
                exec: { target: app, command: [sh, -c, 'echo pw $DB_PASSWORD; echo s $SESSION; echo h-{{handle}}'], save: { handle: "h-(\\S+)" } }
              - at: 2s
                exec: { target: app, command: [sh, -c, 'echo again {handle}'] }
              - at: 3s
                exec: { target: app, command: [sh, -c, 'echo bad {handle} >&2; exit 4'] }
            """, ct);

        // When it runs through the CLI, every container of the run is inspected while it runs
        using var process = CliProcess.Start(["run", scenario, "--out", _dir]);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = new List<string>();
        var inspected = new Dictionary<string, string>();
        string? runId = null;
        while (await process.StandardError.ReadLineAsync(ct) is { } line)
        {
            stderr.Add(line);
            runId ??= System.Text.RegularExpressions.Regex.Match(line, @"^run (\S+), seed").Groups[1].Value is { Length: > 0 } id ? id : null;
            if (runId is not null && (line.Contains("exec app", StringComparison.Ordinal) || line.Contains("phase workload", StringComparison.Ordinal)))
            {
                foreach (var (container, hostConfig) in await InspectAsync(runId, ct))
                {
                    inspected[container] = hostConfig;
                }
            }
        }

        await process.WaitForExitAsync(ct);
        var console = string.Join('\n', stderr) + await stdout;

        // Then the run fails at the third step (its output quoted), having got that far
        Assert.That(process.ExitCode, Is.EqualTo(1), console);
        Assert.That(console, Does.Contain("exit 4"));

        // And no file of the run folder, nor the console, holds any secret, while the marker shows where they were
        var folder = Directory.GetDirectories(_dir).Single();
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        Assert.That(files.Select(Path.GetFileName), Is.SupersetOf(new[] { "run.json", "report.md", "report.html", "junit.xml", "app.log" }));
        foreach (var text in files.Select(File.ReadAllText).Append(console))
        {
            Assert.That(text, Does.Not.Contain(password).And.Not.Contain(session).And.Not.Contain(handle));
        }

        Assert.That(await File.ReadAllTextAsync(Path.Combine(folder, "logs", "app.log"), ct), Does.Contain("password *** session ***"));
        var record = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "run.json"), ct))!;
        Assert.That(record["reason"]!.GetValue<string>(), Does.Contain("bad ***"));
        Assert.That(record["timeline"]!.AsArray().Select(e => e!["detail"]!.GetValue<string>()), Has.Some.Contains("pw *** ⏎ s *** ⏎ h-***; saved handle=***"));
        var app = record["services"]!.AsArray().Single()!;
        Assert.That(app["env"]!["DB_PASSWORD"]!.GetValue<string>(), Is.EqualTo("***"));
        Assert.That(app["capabilities"]![0]!["name"]!.GetValue<string>(), Is.EqualTo("NET_ADMIN"));

        // And every container seen, helpers included, ran unprivileged with only the declared capability
        Assert.That(inspected, Is.Not.Empty, "the run's containers were inspected while it ran");
        Assert.That(inspected.Values, Is.All.EqualTo("false [\"NET_ADMIN\"]"));
        await RunCommandTests.AssertNothingLeftAsync(runId!);
    }

    [Test]
    public async Task PlanAndRun_SecretsByFlowByNameAndInUrls_NoArtifactNorConsoleLineHoldsThem(CancellationToken ct)
    {
        // Given a unique value for every form a secret takes: interpolated into a URL from PGPASSWORD, into an option
        // from SESSION_ID (marked), under the newly secret names, and as user and password of URLs in an env value, a
        // ready probe, a request step and an http-status check
        var v = Enumerable.Range(0, 13).Select(_ => Guid.NewGuid().ToString("N")[..12]).ToArray();
        var (pgPassword, session, pass, pwd, credentials, dsnPassword, readyPassword, stepPassword, checkPassword) = (v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
        var (dsnUser, readyUser, stepUser, checkUser) = ($"u{v[9]}", $"u{v[10]}", $"u{v[11]}", $"u{v[12]}");
        await File.WriteAllTextAsync(Path.Combine(_dir, "app.compose.yaml"), $$"""
            services:
              flow:
                image: recipe:etcd-3.4
                entrypoint: [sh, -c, 'echo "flow $$DATABASE_URL $$APP_OPTS $$RABBITMQ_DEFAULT_PASS $$MYSQL_PWD $$API_CREDENTIALS $$DB_DSN"; exec sleep 600']
                environment:
                  DATABASE_URL: postgres://app:${PGPASSWORD}@db/app
                  APP_OPTS: "--session=${SESSION_ID}"
                  RABBITMQ_DEFAULT_PASS: "{{pass}}"
                  MYSQL_PWD: "{{pwd}}"
                  API_CREDENTIALS: "{{credentials}}"
                  DB_DSN: "postgres://{{dsnUser}}:{{dsnPassword}}@db/app"
            """, ct);
        var scenario = Path.Combine(_dir, "flow-secrets.yaml");
        await File.WriteAllTextAsync(scenario, $$"""
            name: planted-flow-secrets
            duration: 4s
            secrets: [SESSION_ID]
            compose: app.compose.yaml
            services:
              web:
                image: recipe:etcd-3.4
                cluster: etcd
                ready: { http: "http://{{readyUser}}:{{readyPassword}}@{self}:2379/health", within: 60s }
            faults:
              - at: 1s
                request: { url: "http://{{stepUser}}:{{stepPassword}}@{web}:2379/version", save: { version: /etcdserver } }
              - at: 2s
                exec: { target: flow, command: [sh, -c, 'echo "step $DATABASE_URL $APP_OPTS $MYSQL_PWD"'] }
            expect:
              - http-status: { url: "http://{{checkUser}}:{{checkPassword}}@{web}:2379/health", is: 200 }
            """, ct);
        var env = new Dictionary<string, string> { ["PGPASSWORD"] = pgPassword, ["SESSION_ID"] = session };

        // When it is planned, then run, through the CLI
        var plan = await CliProcess.RunAsync(["plan", scenario], env, ct: ct);
        var run = await CliProcess.RunAsync(["run", scenario, "--out", _dir], env, ct: ct);

        // Then both worked, the product having printed every value
        var console = plan.Stdout + plan.Stderr + run.Stdout + run.Stderr;
        Assert.That(plan.ExitCode, Is.Zero, console);
        Assert.That(run.ExitCode, Is.Zero, console);
        var folder = Directory.GetDirectories(_dir).Single();
        Assert.That(await File.ReadAllTextAsync(Path.Combine(folder, "logs", "flow.log"), ct), Does.Contain("flow *** *** *** *** *** postgres://***@db/app"));

        // And no file of the run folder, nor any console line, holds a secret or a URL's user
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        Assert.That(files.Select(Path.GetFileName), Is.SupersetOf(new[] { "run.json", "history.jsonl", "report.md", "report.html", "junit.xml", "flow.log", "web.log" }));
        string[] planted = [pgPassword, session, pass, pwd, credentials, dsnPassword, readyPassword, stepPassword, checkPassword, dsnUser, readyUser, stepUser, checkUser];
        foreach (var (name, text) in files.Select(f => (f, File.ReadAllText(f))).Append(("console", console)))
        {
            Assert.That(planted.Where(text.Contains), Is.Empty, $"{name} holds a planted secret");
        }

        // And where they were, the marker shows: by flow and by name in the env, masked in URLs
        var record = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "run.json"), ct))!;
        var flowEnv = record["services"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "flow")!["env"]!;
        Assert.That(flowEnv["DATABASE_URL"]!.GetValue<string>(), Is.EqualTo("***"));
        Assert.That(flowEnv["APP_OPTS"]!.GetValue<string>(), Is.EqualTo("***"));
        Assert.That(flowEnv["MYSQL_PWD"]!.GetValue<string>(), Is.EqualTo("***"));
        Assert.That(flowEnv["DB_DSN"]!.GetValue<string>(), Is.EqualTo("postgres://***@db/app"));
        Assert.That(plan.Stdout, Does.Contain("http http://***@{self}:2379/health").And.Contain("DATABASE_URL=(secret, not shown)"));
    }

    /// <summary>Each container of the run with <c>Privileged CapAdd</c> as the engine reports them.</summary>
    private static async Task<IEnumerable<(string Container, string HostConfig)>> InspectAsync(string runId, CancellationToken ct)
    {
        var ids = (await DockerAsync(["ps", "-aq", "--filter", $"label=chaosbench.run={runId}"], ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var found = new List<(string, string)>();
        foreach (var id in ids)
        {
            // A helper may be gone between the listing and its inspection: it then says nothing.
            if ((await DockerAsync(["inspect", "--format", "{{.HostConfig.Privileged}} {{json .HostConfig.CapAdd}}", id], ct)).Trim() is { Length: > 0 } hostConfig)
            {
                found.Add((id, hostConfig));
            }
        }

        return found;
    }

    private static async Task<string> DockerAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        var info = new ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var docker = Process.Start(info)!;
        var output = await docker.StandardOutput.ReadToEndAsync(ct);
        await docker.WaitForExitAsync(ct);
        return output;
    }
}
