using System.Text;
using ChaosBench.Model.History;
using ChaosBench.Reports.Elle;

namespace ChaosBench.Tests.Reports.Elle;

public sealed class HistoryEdnTests
{
    [Test]
    public void Write_TinyHistory_OneJepsenOpMapPerLine()
    {
        // Given an acknowledged write, a timed-out write and the client's next (failed) one, and two final reads
        var history = new History();
        history.Append(Ms(1.5), OpType.Invoke, 0, "write", "k1", "v1");
        history.Append(Ms(2), OpType.Ok, 0, "write", "k1", "v1");
        history.Append(Ms(3), OpType.Invoke, 1, "write", "k2", "v2");
        history.Append(Ms(3003), OpType.Info, 1, "write", "k2", "v2", "etcd-2: context deadline exceeded");
        history.Append(Ms(3004), OpType.Invoke, 1, "write", "k2", "v3");
        history.Append(Ms(3005), OpType.Fail, 1, "write", "k2", "v3", "etcd-0: connection refused");
        history.Append(Ms(4000), OpType.Invoke, 2, "final-read", "k1", null);
        history.Append(Ms(4001), OpType.Ok, 2, "final-read", "k1", "v1");
        history.Append(Ms(4002), OpType.Invoke, 2, "final-read", "k2", null);
        history.Append(Ms(4003), OpType.Ok, 2, "final-read", "k2", null);

        // When it is exported
        var edn = Export(history);

        // Then times are nanoseconds, final reads are marked reads, and client 1 goes on as process 1 + 3 after its info
        Assert.That(edn, Is.EqualTo(
            """
            {:index 0, :time 1500000, :type :invoke, :process 0, :f :write, :value ["k1" "v1"]}
            {:index 1, :time 2000000, :type :ok, :process 0, :f :write, :value ["k1" "v1"]}
            {:index 2, :time 3000000, :type :invoke, :process 1, :f :write, :value ["k2" "v2"]}
            {:index 3, :time 3003000000, :type :info, :process 1, :f :write, :value ["k2" "v2"], :error "etcd-2: context deadline exceeded"}
            {:index 4, :time 3004000000, :type :invoke, :process 4, :f :write, :value ["k2" "v3"]}
            {:index 5, :time 3005000000, :type :fail, :process 4, :f :write, :value ["k2" "v3"], :error "etcd-0: connection refused"}
            {:index 6, :time 4000000000, :type :invoke, :process 2, :f :read, :value ["k1" nil], :final? true}
            {:index 7, :time 4001000000, :type :ok, :process 2, :f :read, :value ["k1" "v1"], :final? true}
            {:index 8, :time 4002000000, :type :invoke, :process 2, :f :read, :value ["k2" nil], :final? true}
            {:index 9, :time 4003000000, :type :ok, :process 2, :f :read, :value ["k2" nil], :final? true}

            """.ReplaceLineEndings("\n")));
    }

    [Test]
    public void Write_QuotesBackslashesAndControlCharacters_EscapedAsEdnStrings()
    {
        // Given a value and an error holding everything a string must escape, and some non-ASCII text
        var history = new History();
        history.Append(TimeSpan.Zero, OpType.Fail, 0, "write", "k\"1\"", "C:\\data\\\"x\"\n\tend\r\u0001é", "said \"no\"");

        // When it is exported
        var edn = Export(history);

        // Then each is escaped the way EDN reads it back, and the rest is plain UTF-8
        Assert.That(edn, Is.EqualTo(
            "{:index 0, :time 0, :type :fail, :process 0, :f :write, :value [\"k\\\"1\\\"\" \"C:\\\\data\\\\\\\"x\\\"\\n\\tend\\r\\u0001é\"], :error \"said \\\"no\\\"\"}\n"));
    }

    [Test]
    public void Write_SampleHistory_ExportsEveryOpInOrder()
    {
        // Given the etcd kill run's 200 ops
        var history = SampleHistory.Build();

        // When it is exported
        var lines = Export(history).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Then there is one line per op, in order, each with its index, time and type
        Assert.That(lines, Has.Length.EqualTo(history.Count));
        var types = new Dictionary<OpType, string> { [OpType.Invoke] = ":invoke", [OpType.Ok] = ":ok", [OpType.Fail] = ":fail", [OpType.Info] = ":info" };
        Assert.Multiple(() =>
        {
            foreach (var (op, line) in history.Ops.Zip(lines))
            {
                Assert.That(line, Does.StartWith($"{{:index {op.Index}, :time {op.Time.Ticks * 100}, :type {types[op.Type]}, :process "));
            }
        });
    }

    [Test]
    public void Write_InvokeWhileEarlierStillOpen_NewProcessForTheNewInvocation()
    {
        // Given a client whose first write never completed before it wrote again
        var history = new History();
        history.Append(Ms(1), OpType.Invoke, 0, "write", "k1", "v1");
        history.Append(Ms(2), OpType.Invoke, 0, "write", "k1", "v2");
        history.Append(Ms(3), OpType.Ok, 0, "write", "k1", "v2");

        // When it is exported
        var processes = Export(history).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(", ")[3]);

        // Then the open write stays with process 0, indeterminate, and the client goes on as process 1
        Assert.That(processes, Is.EqualTo(new[] { ":process 0", ":process 1", ":process 1" }));
    }

    [Test]
    public void Write_ReadsAndCompareAndSet_AsJepsenCasRegisterWritesThem()
    {
        // Given a read during the run and a compare-and-set from v1 to v2, both acknowledged
        var history = new History();
        history.Append(Ms(1), OpType.Invoke, 0, KvFunctions.Read, "k1", null);
        history.Append(Ms(2), OpType.Ok, 0, KvFunctions.Read, "k1", "v1");
        history.Append(Ms(3), OpType.Invoke, 1, KvFunctions.Cas, "k1", "v2", expected: "v1");
        history.Append(Ms(4), OpType.Ok, 1, KvFunctions.Cas, "k1", "v2", expected: "v1");

        // When it is exported
        var edn = Export(history);

        // Then the read is a plain :read, not final, and the compare-and-set's value is [key [old new]]
        Assert.That(edn, Is.EqualTo(
            """
            {:index 0, :time 1000000, :type :invoke, :process 0, :f :read, :value ["k1" nil]}
            {:index 1, :time 2000000, :type :ok, :process 0, :f :read, :value ["k1" "v1"]}
            {:index 2, :time 3000000, :type :invoke, :process 1, :f :cas, :value ["k1" ["v1" "v2"]]}
            {:index 3, :time 4000000, :type :ok, :process 1, :f :cas, :value ["k1" ["v1" "v2"]]}

            """.ReplaceLineEndings("\n")));
    }

    [Test]
    public void Write_Transaction_MicroOpsAsElleWritesThem()
    {
        // Given a transaction invoked with a read whose result is not known yet, and its completion
        var history = new History();
        history.Append(Ms(1), OpType.Invoke, 0, [MicroOp.AppendOf("3", "1"), MicroOp.ReadOf("3"), MicroOp.ReadOf("k 4")]);
        history.Append(Ms(2), OpType.Ok, 0, [MicroOp.AppendOf("3", "1"), MicroOp.ReadOf("3", ["2", "1"]), MicroOp.ReadOf("k 4", ["007", "-5"])]);

        // When it is exported
        var edn = Export(history);

        // Then integers are EDN integers, other text stays a string, and an unknown read is nil
        Assert.That(edn, Is.EqualTo(
            """
            {:index 0, :time 1000000, :type :invoke, :process 0, :f :txn, :value [[:append 3 1] [:r 3 nil] [:r "k 4" nil]]}
            {:index 1, :time 2000000, :type :ok, :process 0, :f :txn, :value [[:append 3 1] [:r 3 [2 1]] [:r "k 4" ["007" -5]]]}

            """.ReplaceLineEndings("\n")));
    }

    [Test]
    public void Read_WrittenHistory_GivesTheSameOps()
    {
        // Given transactions and register ops, with quotes and non-ASCII text, exported
        var history = new History();
        history.Append(Ms(1), OpType.Invoke, 0, [MicroOp.AppendOf("3", "1"), MicroOp.ReadOf("x\"y")]);
        history.Append(Ms(2), OpType.Ok, 0, [MicroOp.AppendOf("3", "1"), MicroOp.ReadOf("x\"y", ["é", "007"])], null);
        history.Append(Ms(3), OpType.Invoke, 1, "write", "k1", "v\n1");
        history.Append(Ms(4), OpType.Fail, 1, "write", "k1", "v\n1", "said \"no\"");
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Export(history));

            // When it is read back
            var read = HistoryEdn.Read(path);

            // Then every op is equal
            Assert.That(read, Is.EqualTo(history.Ops));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Read_JepsenHistoryInOneVector_ClientOpsWithTheirIndexes()
    {
        // Given a history as Jepsen keeps it: one vector of records, keyword keys, extra keys, a nemesis op, a comment
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """
            ; written by a Jepsen test
            [#jepsen.history.Op{:index 4, :time 10, :type :invoke, :process 2, :f :txn, :value [[:append :x 1] [:r :y]], :node "n1"}
             {:index 5, :time 11, :type :info, :process :nemesis, :f :partition, :value {"n1" #{"n2"}}}
             #jepsen.history.Op{:index 6, :time 290, :type :ok, :process 2, :f :txn, :value [[:append :x 1] [:r :y [1N 2]]], :latency #_ignored 3}]
            """);
        try
        {
            // When it is read
            var ops = HistoryEdn.Read(path);

            // Then the client's two ops remain, with their indexes and micro-ops, keywords as their names
            Assert.That(ops.Select(o => (o.Index, o.Time.Ticks, o.Type, o.Process)), Is.EqualTo(new[] { (4L, 0L, OpType.Invoke, 2), (6L, 2L, OpType.Ok, 2) }));
            Assert.That(ops[1].Txn, Is.EqualTo(new[] { MicroOp.AppendOf("x", "1"), MicroOp.ReadOf("y", ["1", "2"]) }));
            Assert.That(ops[0].Txn![1].Read, Is.Null);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase("{:index 0, :type :ok, :process 0, :f :txn, :value [[:w :x 1]]}", "micro-op :w is neither :append nor :r")]
    [TestCase("{:index 0, :type :done, :process 0, :f :txn, :value []}", ":type is not one of")]
    [TestCase("{:index 0, :type :ok, :process 0, :f :txn, :value [[:append :x 1]", "the form opened here is never closed")]
    [TestCase("{:index 0, :type :ok, :process 0, :f :txn, :value [[:append :x 1)]}", "')' closes a form opened with another bracket")]
    public void Read_BadOp_OneLineNamingFileLineAndFix(string second, string what)
    {
        // Given a good op, then a bad one on the second line
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "{:index 0, :type :invoke, :process 0, :f :txn, :value []}\n" + second + "\n");
        try
        {
            // When it is read
            var error = Assert.Throws<InvalidDataException>(() => HistoryEdn.Read(path))!;

            // Then the one-line message names the file and the second line, what is wrong and the fix
            Assert.That(error.Message, Does.StartWith($"{path}:2").And.Contain(what).And.Contain("; fix: ").And.Not.Contain('\n'));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static TimeSpan Ms(double ms) => TimeSpan.FromTicks((long)(ms * TimeSpan.TicksPerMillisecond));

    private static string Export(History history)
    {
        using var output = new MemoryStream();
        HistoryEdn.Write(history, output);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
