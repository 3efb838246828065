using static ChaosBench.Tests.Cli.RunRecords;

namespace ChaosBench.Tests.Cli;

/// <summary>
/// The disk faults through real products: each scenario in scenarios/disk passes, which means the product saw
/// the fault (its errno in its log) and got over it once the fault was cleared; the timeline says what the
/// layer did, and the clear ended it. The control without a directory fsync is in <see cref="ScenarioCatalogTests"/>.
/// </summary>
[Category("Docker")]
[CancelAfter(900_000)]
public sealed class DiskFaultScenarioTests
{
    private string _out = null!;

    [SetUp]
    public void CreateOutput() => _out = Directory.CreateTempSubdirectory("chaosbench-disk-").FullName;

    [TearDown]
    public void DeleteOutput() => Directory.Delete(_out, recursive: true);

    [Test]
    public async Task Run_DiskScenarios_PassAndTheFaultsActedAndEnded()
    {
        // Given Redis with a full disk under its AOF, PostgreSQL whose WAL cannot be fsynced, an etcd leader whose WAL
        // fsyncs are slow, and a writer that fsyncs its directory

        // When they run
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["run", "scenarios/disk", "--out", _out]);

        // Then each passes: its log expectations saw the errno and the recovery, and nothing acknowledged was lost
        Assert.That(exit, Is.Zero, stderr + stdout);
        var records = await ReadAsync(_out);
        Assert.That(records.Select(r => r["scenario"]!.GetValue<string>()), Is.EquivalentTo(new[] { "redis-disk-full-aof", "shell-rename-dir-fsync-strict", "postgresql-io-error-wal-fsync", "etcd-slow-wal" }));
        Assert.That(records.Select(r => r["outcome"]!.GetValue<string>()), Is.All.EqualTo("passed"));

        // And the layer refused writes with ENOSPC, then the repair cleared the fault with its report
        Assert.That(Timeline(records, "redis-disk-full-aof", "disk-full"), Has.Some.Contains("random stream faults[0]/redis/data"));
        Assert.That(Timeline(records, "redis-disk-full-aof", "clear-disk-faults"), Has.Some.Match(@"writes refused with ENOSPC .*; ended \(after 3s\)").And.None.Contains(": 0 of"));

        // And PostgreSQL's WAL fsync failed with EIO (its PANIC is the scenario's log expectation), then the repair ended it
        Assert.That(Timeline(records, "postgresql-io-error-wal-fsync", "clear-disk-faults"), Has.Some.Match(@"EIO on fsync under /pg_wal: [1-9]\d* of \d+ calls failed .*; ended \(after 300ms\)"));

        // And the etcd leader's WAL fsyncs waited (its slow fdatasync and the new leader are the scenario's log
        // expectations) on a volume with faults: true, then the repair ended it
        Assert.That(Timeline(records, "etcd-slow-wal", "clear-disk-faults"), Has.Some.Match(@"slow-io on fsync under /member/wal: [1-9]\d* of \d+ calls delayed, .*; ended \(after 4s\)"));
    }
}
