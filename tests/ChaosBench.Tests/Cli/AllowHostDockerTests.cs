using System.Text.Json.Nodes;

namespace ChaosBench.Tests.Cli;

/// <summary>
/// <c>run --allow-host</c>: a scenario binding a host folder outside its own is refused without it, runs with it, and
/// the run record and both reports say the host was reached.
/// </summary>
[Category("Docker")]
[CancelAfter(300_000)]
public sealed class AllowHostDockerTests
{
    private DirectoryInfo _dir = null!;

    [SetUp]
    public void CreateFolders() => _dir = Directory.CreateTempSubdirectory("chaosbench-allow-host-");

    [TearDown]
    public void DeleteFolders() => _dir.Delete(recursive: true);

    [Test]
    public async Task Run_BindOutsideTheScenariosFolder_RefusedWithoutAllowHostRunsAndIsRecordedWithIt(CancellationToken ct)
    {
        // Given a host folder next to (not under) the scenario's, and a scenario whose product reads it through a bind
        var host = Directory.CreateDirectory(Path.Combine(_dir.FullName, "host")).FullName;
        await File.WriteAllTextAsync(Path.Combine(host, "marker"), "host-marker-7f3a\n", ct);
        var folder = Directory.CreateDirectory(Path.Combine(_dir.FullName, "scenario")).FullName;
        var scenario = Path.Combine(folder, "reads-host.yaml");
        await File.WriteAllTextAsync(scenario, $$"""
            name: reads-host
            duration: 1s
            services:
              app:
                image: recipe:etcd-3.4
                entrypoint: [sh, -c, 'cat /host/marker; exec sleep 600']
                binds: [{ source: "{{host}}", target: /host, read-only: true }]
                ready: { log: host-marker, within: 60s }
            """, ct);
        var output = Path.Combine(_dir.FullName, "runs");

        // When it is run without --allow-host, then with it
        var refused = await CliProcess.RunAsync(["run", scenario, "--out", output], ct: ct);
        var allowed = await CliProcess.RunAsync(["run", scenario, "--allow-host", "--out", output], ct: ct);

        // Then the first is refused before anything starts, at the bind's line, naming the way to mean it
        Assert.That(refused.ExitCode, Is.EqualTo(2), refused.Stderr);
        Assert.That(CliProcess.OwnLines(refused.Stderr), Is.EqualTo(new[]
        {
            $"{scenario}:7:13: the bind of {host} is outside the scenario's folder {folder}: a scenario reaches the host only inside its own folder tree; fix: put what it mounts under {folder} and bind it from there (Compose: './conf:/etc/app'), or run with --allow-host if you mean it (docs/trust.md)",
        }));

        // And the second ran, read the host's file, and says everywhere that it was allowed to reach the host
        Assert.That(allowed.ExitCode, Is.Zero, allowed.Stdout + allowed.Stderr);
        var run = Directory.GetDirectories(output).Single();
        var record = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(run, "run.json"), ct))!;
        Assert.That(record["allowHost"]!.GetValue<bool>(), Is.True);
        Assert.That(await File.ReadAllTextAsync(Path.Combine(run, "logs", "app.log"), ct), Does.Contain("host-marker-7f3a"));
        Assert.That(await File.ReadAllTextAsync(Path.Combine(run, "report.md"), ct), Does.Contain("| host access | ALLOWED (--allow-host)"));
        Assert.That(await File.ReadAllTextAsync(Path.Combine(run, "report.html"), ct), Does.Contain("<th>host access</th><td>ALLOWED (--allow-host)"));
        await RunCommandTests.AssertNothingLeftAsync(record["runId"]!.GetValue<string>());
    }
}
