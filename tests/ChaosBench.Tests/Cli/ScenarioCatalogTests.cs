using System.Text.Json.Nodes;
using static ChaosBench.Tests.Cli.RunRecords;

namespace ChaosBench.Tests.Cli;

/// <summary>Every scenario the repository ships runs for real: the product folders pass, every control fails for its reason.</summary>
[Category("Docker")]
[CancelAfter(1_800_000)]
public sealed class ScenarioCatalogTests
{
    /// <summary>Each control and the expectation that must deviate in it.</summary>
    private static readonly Dictionary<string, string> Controls = new()
    {
        ["etcd-data-deleted"] = "expect[0] no-lost-writes",
        ["etcd-pause-impossible-recovery"] = "expect[1] recovers-within: 1ms",
        ["etcd-log-must-trip"] = "expect[1] log etcd /received terminated signal/ absent",
        ["etcd-pause-unavailable"] = "expect[0] availability error rate at most 0.1 per 1s",
        ["etcd-partition-unavailable"] = "expect[0] availability error rate at most 0.1 per 1s",
        ["redis-client-latency-unavailable"] = "expect[0] availability error rate at most 0.1 per 1s",
        ["etcd-peer-latency-unavailable"] = "expect[0] availability error rate at most 0.1 per 1s",
        ["redis-no-persistence-kill"] = "expect[0] no-lost-writes",
        ["redis-set-no-persistence-kill"] = "expect[0] no-lost-writes",
        ["redis-list-no-persistence-kill"] = "expect[0] no-lost-writes",
        ["postgresql-data-deleted"] = "expect[0] no-lost-writes",
        ["etcd-unsafe-no-fsync-power-loss"] = "expect[0] no-lost-writes",
        ["redis-no-persistence-power-loss"] = "expect[0] no-lost-writes",
        ["postgresql-fsync-off-power-loss"] = "expect[0] no-lost-writes",
        ["shell-rename-no-dir-fsync-strict"] = "expect[0] log writer /found committed/ at least 1",
        ["etcd-serializable-reads-partition"] = "expect[0] linearizable",
        ["redis-replica-stale-reads"] = "expect[0] linearizable",
        ["postgresql-append-read-committed"] = "expect[0] serializable",
        ["postgresql-append-repeatable-read"] = "expect[0] serializable",
        ["postgresql-append-drops-appends"] = "expect[0] strict-serializable",
        ["etcd-rolling-hop-never-ready"] = "faults[0] version-hop",
        ["redis-everysec-reorder-power-loss"] = "expect[0] log redis /Bad file format reading the append only file/ absent",
        ["postgresql-clock-skew-trusted"] = "faults[1] exec postgresql",
    };

    /// <summary>Each control failing at a step, and what its reason must say: the member and the turn that did not end.</summary>
    private static readonly Dictionary<string, string> StepReasons = new()
    {
        ["postgresql-clock-skew-trusted"] = @"the output does not match /\^-\?\[0-4\]\$/: 7(199|20[0-2])$",
        ["etcd-rolling-hop-never-ready"] = @"^etcd-\d did not get ready after its turn \(1 of 3; exited 1\), so the rolling version-hop stops before etcd-\d's turn",
    };

    /// <summary>Each transactional control and the anomalies of which its failing verdict must count at least one.</summary>
    private static readonly Dictionary<string, string[]> Anomalies = new()
    {
        ["postgresql-append-read-committed"] = ["G-single", "G2-item"],
        ["postgresql-append-repeatable-read"] = ["G2-item"],
        ["postgresql-append-drops-appends"] = ["lost", "G1a"],
    };

    /// <summary>Each counterpart that must refuse to start, and the line its product prints when it does.</summary>
    private static readonly Dictionary<string, string> RefusalMessages = new()
    {
        ["version-hop-postgresql"] = "database files are incompatible with server",
        ["version-downgrade-redis"] = "Can't handle RDB format version 12",
    };

    private string _out = null!;

    [SetUp]
    public void CreateOutput() => _out = Directory.CreateTempSubdirectory("chaosbench-catalog-").FullName;

    [TearDown]
    public void DeleteOutput() => Directory.Delete(_out, recursive: true);

    [Test]
    public async Task Run_EtcdScenarios_AllPass()
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["run", "scenarios/etcd", "--out", _out]);

        Assert.That(exit, Is.Zero, stderr + stdout);
        var records = await ReadAsync(_out);
        Assert.That(records.Select(r => r["scenario"]!.GetValue<string>()), Is.SupersetOf(new[] { "etcd-kill-member", "etcd-http-kill-member", "etcd-pause-leader", "etcd-partition-member", "etcd-restart-member", "etcd-version-hop", "etcd-33-power-loss", "etcd-rolling-upgrade", "etcd-linearizable-reads-partition" }));
        Assert.That(records.Select(r => r["outcome"]!.GetValue<string>()), Is.All.EqualTo("passed"));
    }

    [Test]
    public async Task Run_Counterparts_AllPass()
    {
        // Given the counterparts of the incident catalogue, on Debian-built products

        // When they run: those that judge no timing (backups checked by checksum, refusals) two at a time, as they mostly
        // wait on the product; those whose verdict has a clock in it (recovers-within, availability, a count of cache
        // hits in a window) one by one, so a neighbour's load cannot decide them
        var untimed = Directory.GetFiles(Path.Combine(TestEnvironment.RepoRoot, "scenarios", "counterparts"), "*.yaml")
            .Where(f => Path.GetFileName(f).StartsWith("duplicate-backup-targets-", StringComparison.Ordinal) || RefusalMessages.ContainsKey(Path.GetFileNameWithoutExtension(f)))
            .Select(f => Path.GetRelativePath(TestEnvironment.RepoRoot, f)).ToArray();
        var timed = Directory.GetFiles(Path.Combine(TestEnvironment.RepoRoot, "scenarios", "counterparts"), "*.yaml")
            .Select(f => Path.GetRelativePath(TestEnvironment.RepoRoot, f)).Except(untimed).ToArray();
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["run", .. untimed, "--parallel", "2", "--out", _out]);
        var (timedExit, timedStdout, timedStderr) = await CliProcess.RunAsync(["run", .. timed, "--out", _out]);

        // Then each ran and passed: the refusals because they were observed, the recoveries because they completed
        Assert.That(exit, Is.Zero, stderr + stdout);
        Assert.That(timedExit, Is.Zero, timedStderr + timedStdout);
        var records = await ReadAsync(_out);
        Assert.That(records, Has.Count.EqualTo(Directory.GetFiles(Path.Combine(TestEnvironment.RepoRoot, "scenarios", "counterparts"), "*.yaml").Length));
        Assert.That(records.Select(r => r["scenario"]!.GetValue<string>()), Is.SupersetOf(new[]
        {
            "version-hop-postgresql", "version-hop-redis", "version-downgrade-redis", "power-loss-etcd-unflushed", "raft-state-deleted-etcd",
            "wal-recovery-interrupted-etcd", "wal-recovery-interrupted-redis", "wal-recovery-interrupted-postgresql",
            "stale-cache-app-hop", "duplicate-backup-targets-pgbackrest", "duplicate-backup-targets-pgbackrest-same-storage",
            "duplicate-backup-targets-restic", "duplicate-backup-targets-restic-same-storage",
        }));
        Assert.That(records.Select(r => r["outcome"]!.GetValue<string>()), Is.All.EqualTo("passed"));

        // The "must refuse" ones pass because the refusal was observed: the old version exited on the newer data and left it as it was
        foreach (var (scenario, message) in RefusalMessages)
        {
            var verdict = Verdicts(records, scenario).Single(v => v["expectation"]!.GetValue<string>().StartsWith("refuses-to-start", StringComparison.Ordinal));
            Assert.That(verdict["evidence"]!["state"]!.GetValue<string>(), Does.StartWith("exited"), scenario);
            Assert.That(verdict["evidence"]!["log-line"]!.GetValue<string>(), Does.Contain(message), scenario);
            Assert.That(verdict["evidence"]!["data-after"]!.GetValue<string>(), Is.EqualTo(verdict["evidence"]!["data-before"]!.GetValue<string>()), scenario);
        }

        // And the ones that keep data kept every acknowledged write
        foreach (var scenario in new[] { "version-hop-redis", "power-loss-etcd-unflushed" })
        {
            var verdict = Verdicts(records, scenario).Single(v => v["expectation"]!.GetValue<string>() == "no-lost-writes");
            Assert.That(verdict["evidence"]!["lost"]!.GetValue<int>(), Is.Zero, scenario);
        }
    }

    [Test]
    public async Task Run_RedisAndPostgresqlScenarios_AllPass()
    {
        // Given the Redis and PostgreSQL folders: a kill with appendfsync always, a kill with default durability, a hop to Valkey, an upgrade through pg_dumpall

        // When they run
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["run", "scenarios/redis", "scenarios/postgresql", "--out", _out]);

        // Then every acknowledged write survived each kill
        Assert.That(exit, Is.Zero, stderr + stdout);
        var records = await ReadAsync(_out);
        Assert.That(records.Select(r => r["scenario"]!.GetValue<string>()), Is.SupersetOf(new[] { "redis-kill-aof-always", "redis-set-kill-aof-always", "redis-list-kill-aof-always", "postgresql-kill", "redis-hop-to-valkey", "redis-power-loss-aof-always", "redis-power-loss-aof-everysec", "postgresql-power-loss", "postgresql-upgrade-dumpall", "postgresql-append-serializable", "redis-client-timeouts" }));
        Assert.That(records.Select(r => r["outcome"]!.GetValue<string>()), Is.All.EqualTo("passed"));

        // And PostgreSQL's cut came through a reordering disk, which said what it kept
        Assert.That(Timeline(records, "postgresql-power-loss", "power-loss").Single(), Does.Match(@"reorder kept \d+ of the \d+ writes made since the last fsync"));

        // And the writes the link's timeout held past the clients' own timeout are indeterminate, not lost
        var timeouts = Of(records, "redis-client-timeouts");
        Assert.That(timeouts["historySummary"]!["write info"]!.GetValue<int>(), Is.GreaterThan(0));
    }

    [Test]
    public async Task Run_Controls_Exit1AndEachFailsForItsReason()
    {
        // Two at a time: each control fails by design, so the load of its neighbour cannot make one pass; it halves CI's wait.
        var (exit, _, stderr) = await CliProcess.RunAsync(["run", "scenarios/controls", "--parallel", "2", "--out", _out]);

        Assert.That(exit, Is.EqualTo(1), stderr);
        var records = await ReadAsync(_out);
        Assert.That(records, Has.Count.EqualTo(Directory.GetFiles(Path.Combine(TestEnvironment.RepoRoot, "scenarios", "controls"), "*.yaml").Length));
        foreach (var record in records)
        {
            var scenario = record["scenario"]!.GetValue<string>();
            Assert.That(Controls, Does.ContainKey(scenario), $"control {scenario} has no expected reason in this test");
            Assert.That(record["outcome"]!.GetValue<string>(), Is.EqualTo("failed"), scenario);
            Assert.That(record["failedStep"]!.GetValue<string>(), Is.EqualTo(Controls[scenario]), scenario);
            if (Controls[scenario].EndsWith("no-lost-writes", StringComparison.Ordinal))
            {
                var verdict = record["verdicts"]!.AsArray().First(v => v!["expectation"]!.GetValue<string>() == "no-lost-writes")!;
                Assert.That(verdict["evidence"]!["lost"]!.GetValue<int>(), Is.GreaterThan(0), $"{scenario} must lose acknowledged writes");
            }

            if (Controls[scenario].EndsWith("linearizable", StringComparison.Ordinal))
            {
                AssertStaleRead(record, scenario);
            }

            if (StepReasons.TryGetValue(scenario, out var reason))
            {
                Assert.That(record["reason"]!.GetValue<string>(), Does.Match(reason), scenario);
            }

            if (Anomalies.TryGetValue(scenario, out var anomalies))
            {
                var counts = record["verdicts"]!.AsArray()[0]!["evidence"]!["anomaly-counts"]!.AsObject();
                Assert.That(counts.Select(c => c.Key), Has.Some.AnyOf(anomalies), $"{scenario} must name {string.Join(" or ", anomalies)}");
            }

            await RunCommandTests.AssertNothingLeftAsync(record["runId"]!.GetValue<string>());
        }
    }

    /// <summary>The violation is a read, named with the value it read and a write of another value it should have seen.</summary>
    private static void AssertStaleRead(JsonNode record, string scenario)
    {
        var verdict = record["verdicts"]!.AsArray().First(v => v!["expectation"]!.GetValue<string>() == "linearizable")!;
        var violation = verdict["evidence"]!["violation"]!;
        var read = violation["impossible"]!;
        Assert.That(read["f"]!.GetValue<string>(), Is.EqualTo("read"), $"{scenario}: the impossible operation must be a read");
        var seen = violation["could-have-seen"]!.AsArray();
        Assert.That(seen, Is.Not.Empty, $"{scenario}: the write the read should have seen must be named");
        Assert.That(seen.Select(w => w!["value"]?.GetValue<string>()), Does.Not.Contain(read["value"]?.GetValue<string>()), scenario);
        Assert.That(verdict["summary"]!.GetValue<string>(), Does.Contain("read →").And.Contain($"key \"{violation["key"]!.GetValue<string>()}\""), scenario);
    }
}
