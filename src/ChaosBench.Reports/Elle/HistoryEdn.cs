using System.Globalization;
using System.Text;
using ChaosBench.Model.History;

namespace ChaosBench.Reports.Elle;

/// <summary>
/// The <c>history.edn</c> format: one Jepsen op map per line, as Elle, Knossos and elle-cli read them:
/// <c>{:index 0, :time 1500000, :type :invoke, :process 0, :f :write, :value ["k1" "v1"]}</c>. Values are
/// <c>[key value]</c> pairs (<c>nil</c> when unknown), a compare-and-set's <c>[key [old new]]</c>; <c>final-read</c> ops become <c>:f :read</c> marked
/// <c>:final? true</c>; an error is kept as <c>:error "..."</c>. A transaction's value is its micro-operations, as
/// Elle's list-append test writes them: <c>:f :txn, :value [[:append 3 1] [:r 3 [1 2]]]</c>. Jepsen's processes never invoke again once an
/// operation of theirs is indeterminate, so a client's ops after one go on under a new process number,
/// Jepsen's way: the old one plus the number of processes (see <c>docs/history-format.md</c>).
/// </summary>
public static class HistoryEdn
{
    private const long NanosecondsPerTick = 100;

    /// <summary>Writes every op of <paramref name="history"/>, in order, one map per line, as UTF-8.</summary>
    public static void Write(History history, Stream output)
    {
        var ops = history.Ops;
        var processes = new ProcessRenumbering(ops);
        using var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        foreach (var op in ops)
        {
            var final = KvFunctions.IsFinalRead(op.F);
            text.Write(string.Create(CultureInfo.InvariantCulture, $"{{:index {op.Index}, :time {op.Time.Ticks * NanosecondsPerTick}, :type :{Type(op.Type)}, :process {processes.Of(op)}, :f "));
            EdnText.Keyword(text, final ? "read" : op.F);
            text.Write(", :value ");
            if (op.Txn is { } txn)
            {
                EdnText.Transaction(text, txn);
            }
            else
            {
                Pair(text, op);
            }

            if (final)
            {
                text.Write(", :final? true");
            }

            if (op.Error is not null)
            {
                text.Write(", :error ");
                EdnText.String(text, op.Error);
            }

            text.WriteLine('}');
        }
    }

    /// <summary>
    /// Reads a Jepsen history: one op map per line as <see cref="Write"/> writes them, or every op in one vector, as
    /// Jepsen and Elle's examples have them (<c>#jepsen.history.Op{...}</c> records too). The ops keep the file's
    /// <c>:index</c> (or their position, where there is none); ops of a non-integer process (the nemesis) are left out.
    /// Both a transaction's micro-operations and a register op's <c>[key value]</c> come back as written.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not such a history; the message names the file, the line and the fix.</exception>
    public static IReadOnlyList<Op> Read(string path)
    {
        using var text = new StreamReader(path, Encoding.UTF8);
        var reader = new EdnReader(text, path);
        var ops = new List<Op>();
        var position = 0L;
        while (reader.TryRead(out var form))
        {
            var forms = position == 0 && form is List<object?> all ? all : [form];
            foreach (var each in forms)
            {
                if (EdnOps.From(each, position++, path) is { } op)
                {
                    ops.Add(op);
                }
            }
        }

        return ops;
    }

    /// <summary><c>[key value]</c>, and for a compare-and-set <c>[key [old new]]</c>, as Jepsen's cas-register writes it.</summary>
    private static void Pair(TextWriter text, Op op)
    {
        text.Write('[');
        EdnText.String(text, op.Key);
        text.Write(' ');
        if (op.F == KvFunctions.Cas)
        {
            text.Write('[');
            EdnText.String(text, op.Expected);
            text.Write(' ');
            EdnText.String(text, op.Value);
            text.Write(']');
        }
        else
        {
            EdnText.String(text, op.Value);
        }

        text.Write(']');
    }

    private static string Type(OpType type) => type switch
    {
        OpType.Invoke => "invoke",
        OpType.Ok => "ok",
        OpType.Fail => "fail",
        _ => "info",
    };
}
