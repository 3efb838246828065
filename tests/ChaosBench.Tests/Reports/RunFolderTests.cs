using ChaosBench.Reports;
using ChaosBench.Reports.Json;
using ChaosBench.Reports.Jsonl;

namespace ChaosBench.Tests.Reports;

public sealed class RunFolderTests
{
    private string _base = null!;

    [SetUp]
    public void CreateBase() => _base = Directory.CreateTempSubdirectory("chaosbench-runs-").FullName;

    [TearDown]
    public void RemoveBase() => Directory.Delete(_base, recursive: true);

    [Test]
    public void Create_Run_NamesFolderAfterStartAndScenario()
    {
        // Given the etcd kill run, started 2026-03-15 10:15:00
        var run = SampleRuns.Failed().Run;

        // When its folder is created
        var folder = RunFolder.Create(run, _base);

        // Then it is named after its start and scenario
        Assert.That(folder.Location, Is.EqualTo(Path.Combine(_base, "20260315-101500-etcd-kill-member")));
        Assert.That(Directory.Exists(folder.Location));
    }

    [Test]
    public void Create_FolderExists_AddsSuffix()
    {
        // Given two runs of one scenario started in the same second
        var run = SampleRuns.Failed().Run;
        var first = RunFolder.Create(run, _base);

        // When the second one's folder is created
        var second = RunFolder.Create(run, _base);

        // Then neither overwrites the other
        Assert.That(second.Location, Is.EqualTo(first.Location + "-2"));
    }

    [Test]
    public void Create_ScenarioWithPathCharacters_StaysInsideBase()
    {
        // Given a scenario name that looks like a path
        var run = SampleRuns.Failed().Run with { Scenario = "../etcd/kill member" };

        // When its folder is created
        var folder = RunFolder.Create(run, _base);

        // Then the name is flattened into one folder under the base
        Assert.That(Path.GetDirectoryName(folder.Location), Is.EqualTo(_base));
        Assert.That(Path.GetFileName(folder.Location), Is.EqualTo("20260315-101500-etcd-kill-member"));
    }

    [Test]
    public void WriteReports_Run_WritesEveryFormatAndNoTempFiles()
    {
        // Given the etcd kill run's folder
        var input = SampleRuns.Failed();
        var folder = RunFolder.Create(input.Run, _base);

        // When its reports are written
        var written = folder.WriteReports(input.Run, input.History);

        // Then every format is there, complete, and nothing else is
        Assert.That(Directory.GetFiles(folder.Location).Select(Path.GetFileName), Is.EquivalentTo(new[] { "run.json", "history.jsonl", "history.edn", "junit.xml", "report.md", "report.html" }));
        Assert.That(written, Has.Count.EqualTo(6));
        Assert.That(RunRecordJson.Read(Path.Combine(folder.Location, "run.json")).RunId, Is.EqualTo(input.Run.RunId));
        Assert.That(HistoryJsonl.Read(Path.Combine(folder.Location, "history.jsonl")).Count, Is.EqualTo(200));
    }

    [Test]
    public void WriteReports_OneWriterThrows_WritesTheOthersAndNamesTheFailure()
    {
        // Given a catalogue with a writer that crashes
        var input = SampleRuns.Failed();
        var folder = RunFolder.Create(input.Run, _base);
        var catalogue = ReportCatalogue.Default.With(new ThrowingWriter());

        // When the reports are written
        var error = Assert.Throws<ReportWriteException>(() => folder.WriteReports(input.Run, input.History, catalogue))!;

        // Then the failure is named, the other reports are complete, and no temp file is left behind
        Assert.That(error.Failures.Keys, Is.EqualTo(new[] { "broken.txt" }));
        Assert.That(error.Message, Does.Contain("broken.txt (InvalidOperationException: renderer bug)"));
        Assert.That(Directory.GetFiles(folder.Location).Select(Path.GetFileName), Is.EquivalentTo(new[] { "run.json", "history.jsonl", "history.edn", "junit.xml", "report.md", "report.html" }));
    }

    [Test]
    public void WriteLog_Member_WritesLogsFolderLineByLine()
    {
        // Given a run folder and etcd-2's captured log
        var folder = RunFolder.Create(SampleRuns.Failed().Run, _base);

        // When it is written
        var path = folder.WriteLog("etcd-2", ["started", "raft: became follower"]);

        // Then it lands in logs/ under the member's name
        Assert.That(path, Is.EqualTo(Path.Combine(folder.Location, "logs", "etcd-2.log")));
        Assert.That(File.ReadAllText(path), Is.EqualTo("started\nraft: became follower\n"));
    }

    private sealed class ThrowingWriter : IReportWriter
    {
        public string FileName => "broken.txt";

        public void Write(ReportInput input, Stream output)
        {
            output.WriteByte((byte)'x');
            throw new InvalidOperationException("renderer bug");
        }
    }
}
