using System.Text;
using System.Text.Json.Nodes;
using ChaosBench.Model.Records;
using ChaosBench.Reports.Json;

namespace ChaosBench.Tests.Reports.Json;

public sealed class RunRecordJsonTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("chaosbench-json-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Read_WrittenRecord_SerializesIdentically()
    {
        // Given the etcd kill run written as run.json
        var run = SampleRuns.Failed().Run;
        var path = WriteFile(run);

        // When replay reads it back
        var read = RunRecordJson.Read(path, TestKinds.All);

        // Then it is the same record: same JSON, and the typed parts compare equal
        Assert.That(Serialize(read), Is.EqualTo(File.ReadAllText(path)));
        Assert.That(read.Plan!.Faults.Select(f => f.Fault), Is.EqualTo(run.Plan!.Faults.Select(f => f.Fault)));
        Assert.That(read.Timeline, Is.EqualTo(run.Timeline));
        Assert.That(read.Phases, Is.EqualTo(run.Phases));
        Assert.That((read.Outcome, read.StartedAt, read.Elapsed, read.Seed), Is.EqualTo((run.Outcome, run.StartedAt, run.Elapsed, run.Seed)));
    }

    [Test]
    public void Write_Record_UsesLowercaseEnumsSecondsAndIsoTimes()
    {
        // Given the etcd kill run
        var run = SampleRuns.Failed().Run;

        // When it is serialized
        var json = JsonNode.Parse(Serialize(run))!;

        // Then enums are lowercase strings, durations seconds, times ISO 8601
        Assert.That((string?)json["outcome"], Is.EqualTo("failed"));
        Assert.That((string?)json["verdicts"]![1]!["status"], Is.EqualTo("failed"));
        Assert.That((decimal?)json["elapsed"], Is.EqualTo(37.9m));
        Assert.That((decimal?)json["timeline"]![2]!["confirmedAfter"], Is.EqualTo(0.012m));
        Assert.That((decimal?)json["verdicts"]![1]!["evidence"]!["measured"], Is.EqualTo(14.2m));
        Assert.That((string?)json["startedAt"], Is.EqualTo("2026-03-15T10:15:00+00:00"));
    }

    [Test]
    public void Write_SubMillisecondDuration_RoundsToMilliseconds()
    {
        // Given an elapsed time measured to the tick
        var run = SampleRuns.Failed().Run with { Elapsed = TimeSpan.FromTicks(379_876_543) };

        // When it is written and read back
        var read = RunRecordJson.Read(WriteFile(run), TestKinds.All);

        // Then it keeps millisecond precision
        Assert.That(read.Elapsed, Is.EqualTo(TimeSpan.FromMilliseconds(37_988)));
    }

    [Test]
    public void Read_NotARunRecord_NamesFileAndLine()
    {
        // Given a run.json whose outcome is misspelt
        var path = Path.Combine(_folder, "run.json");
        File.WriteAllText(path, Serialize(SampleRuns.Failed().Run).Replace("\"outcome\": \"failed\"", "\"outcome\": \"flaky\"", StringComparison.Ordinal));

        // When it is read
        var error = Assert.Throws<InvalidDataException>(() => RunRecordJson.Read(path))!;

        // Then the message points at the file, the line and the field
        Assert.That(error.Message, Does.StartWith(path + ":").And.Contain("$.outcome"));
    }

    private static string Serialize(RunRecord run)
    {
        using var output = new MemoryStream();
        RunRecordJson.Write(run, output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private string WriteFile(RunRecord run)
    {
        var path = Path.Combine(_folder, "run.json");
        File.WriteAllText(path, Serialize(run));
        return path;
    }
}
