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
    public void Write_Transaction_MicroOpsInElleShapeAsTheLastField()
    {
        // Given a committed transaction that appended to x and read x and y
        var history = new History();
        history.Append(TimeSpan.FromTicks(20), OpType.Ok, 3, [MicroOp.AppendOf("x", "1"), MicroOp.ReadOf("x", ["0", "1"]), MicroOp.ReadOf("y", [])]);

        // When it is written
        Write(history);

        // Then its micro-ops follow the usual fields, as Elle writes them
        Assert.That(File.ReadAllText(_path), Is.EqualTo(
            "{\"index\":0,\"time\":2000,\"type\":\"ok\",\"process\":3,\"f\":\"txn\",\"key\":null,\"value\":null,\"error\":null,"
            + "\"txn\":[[\"append\",\"x\",\"1\"],[\"r\",\"x\",[\"0\",\"1\"]],[\"r\",\"y\",[]]]}\n"));
    }

    [Test]
    public void Write_OpsWithoutTransactions_NoTxnField()
    {
        // Given the etcd kill run's 200 register ops
        Write(SampleHistory.Build());

        // When its lines are read as JSON
        var fields = File.ReadLines(_path).SelectMany(l => JsonNode.Parse(l)!.AsObject().Select(p => p.Key)).Distinct();

        // Then no line carries the transaction field: histories without transactions are written as before
        Assert.That(fields, Is.EquivalentTo(new[] { "index", "time", "type", "process", "f", "key", "value", "error" }));
    }

    [Test]
    public void Read_WrittenTransactions_GivesTheSameOps()
    {
        // Given an invoked transaction with a read not completed yet, its completion, and a failed one
        var history = new History();
        history.Append(TimeSpan.FromTicks(10), OpType.Invoke, 0, [MicroOp.AppendOf("k 1", "a\"b"), MicroOp.ReadOf("k 1")]);
        history.Append(TimeSpan.FromTicks(20), OpType.Ok, 0, [MicroOp.AppendOf("k 1", "a\"b"), MicroOp.ReadOf("k 1", ["a\"b"])]);
        history.Append(TimeSpan.FromTicks(30), OpType.Fail, 1, [MicroOp.AppendOf("k 2", "3")], "could not serialize access");
        Write(history);

        // When it is read back
        var read = HistoryJsonl.Read(_path);

        // Then every op is equal, micro-ops included
        Assert.That(read.Ops, Is.EqualTo(history.Ops));
    }

    [Test]
    public void Read_MicroOpOfAnotherKind_NamesFileAndLine()
    {
        // Given a transaction with an rw-register write, which the list-append shape does not have
        File.WriteAllText(_path, "{\"index\":0,\"time\":0,\"type\":\"ok\",\"process\":0,\"f\":\"txn\",\"key\":null,\"value\":null,\"txn\":[[\"w\",\"x\",\"1\"]]}\n");

        // When it is read
        var error = Assert.Throws<InvalidDataException>(() => HistoryJsonl.Read(_path))!;

        // Then the message points at the line and says what is wrong
        Assert.That(error.Message, Does.StartWith($"{_path}:1: ").And.Contain("'w'"));
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

    [Test]
    public void Write_CompareAndSet_CarriesExpectedAndOtherOpsDoNot()
    {
        // Given a write and a compare-and-set from v1 to v2
        var history = new History();
        history.Append(TimeSpan.Zero, OpType.Ok, 0, KvFunctions.Write, "k1", "v1");
        history.Append(TimeSpan.Zero, OpType.Ok, 1, KvFunctions.Cas, "k1", "v2", expected: "v1");

        // When it is written and read back
        Write(history);
        var lines = File.ReadAllLines(_path);
        var read = HistoryJsonl.Read(_path);

        // Then only the compare-and-set has "expected", the write's line is as it always was, and both read back equal
        Assert.That(lines[0], Is.EqualTo("{\"index\":0,\"time\":0,\"type\":\"ok\",\"process\":0,\"f\":\"write\",\"key\":\"k1\",\"value\":\"v1\",\"error\":null}"));
        Assert.That((string?)JsonNode.Parse(lines[1])!["expected"], Is.EqualTo("v1"));
        Assert.That(read.Ops, Is.EqualTo(history.Ops));
        Assert.That(read.Ops[1].Expected, Is.EqualTo("v1"));
    }

    [TestCase("{\"index\":0,\"type\":\"ok\",\"process\":0,\"f\":\"read\",\"key\":\"k\",\"value\":null}", "time")]
    [TestCase("{\"index\":0,\"time\":0,\"process\":0,\"f\":\"read\",\"key\":\"k\",\"value\":null}", "type")]
    [TestCase("{\"index\":0,\"time\":0,\"type\":\"ok\",\"process\":0,\"f\":null,\"key\":\"k\",\"value\":null}", "f")]
    public void Read_LineMissingAField_NamesFileLineFieldAndFix(string line, string field)
    {
        // Given a history from another tool whose only line lacks a documented field
        File.WriteAllText(_path, line + "\n");

        // When it is read
        var error = Assert.Throws<InvalidDataException>(() => HistoryJsonl.Read(_path))!;

        // Then it is refused at that line, naming the field and the fix, rather than read as time 0 or type invoke
        Assert.That(error.Message, Does.StartWith($"{_path}:1: not a history op: "));
        Assert.That(error.Message, Does.Contain($"'{field}'").And.Contain("fix: "));
    }

    private void Write(History history)
    {
        using var output = File.Create(_path);
        HistoryJsonl.Write(history, output);
    }
}
