using System.Text.Json.Nodes;
using ChaosBench.Model.History;
using ChaosBench.Reports.Jsonl;

namespace ChaosBench.Tests.Reports.Jsonl;

public sealed class HistoryJsonlTests
{
    private string _path = null!;

    [SetUp]
    public void CreateFile() => _path = Path.Combine(Directory.CreateTempSubdirectory("chaosbench-jsonl-").FullName, "history.jsonl");

    [TearDown]
    public void RemoveFile() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    [Test]
    public void Read_WrittenHistory_GivesTheSameOps()
    {
        // Given the etcd kill run's 200 ops, timed to the tick
        var history = SampleHistory.Build();
        Write(history);

        // When it is read back
        var read = HistoryJsonl.Read(_path);

        // Then every op is equal, time included
        Assert.That(read.Ops, Is.EqualTo(history.Ops));
    }

    [Test]
    public void Write_Op_OneObjectPerLineWithNanosecondsAndLowercaseType()
    {
        // Given one indeterminate write 1.5 ms into the workload
        var history = new History();
        history.Append(TimeSpan.FromTicks(15_000), OpType.Info, 2, "write", "k1", "v1", "context deadline exceeded");

        // When it is written
        Write(history);

        // Then its line carries every field, the time as integer nanoseconds
        var line = File.ReadAllLines(_path).Single();
        var op = JsonNode.Parse(line)!;
        Assert.That(line, Does.StartWith("{\"index\":0,\"time\":1500000,\"type\":\"info\",\"process\":2,\"f\":\"write\",\"key\":\"k1\",\"value\":\"v1\","));
        Assert.That((string?)op["error"], Is.EqualTo("context deadline exceeded"));
    }

    [Test]
    public void Read_BrokenLine_NamesFileAndLine()
    {
        // Given a history whose second line is cut short
        File.WriteAllText(_path, "{\"index\":0,\"time\":0,\"type\":\"invoke\",\"process\":0,\"f\":\"read\",\"key\":\"k\",\"value\":null}\n{\"index\":1,\"ti\n");

        // When it is read
        var error = Assert.Throws<InvalidDataException>(() => HistoryJsonl.Read(_path))!;

        // Then the message points at that line
        Assert.That(error.Message, Does.StartWith($"{_path}:2: "));
    }

    private void Write(History history)
    {
        using var output = File.Create(_path);
        HistoryJsonl.Write(history, output);
    }
}
