using System.Globalization;
using System.Text;
using ChaosBench.Model.History;

namespace ChaosBench.Reports.Elle;

/// <summary>
/// The <c>history.edn</c> format: one Jepsen op map per line, as Elle, Knossos and elle-cli read them:
/// <c>{:index 0, :time 1500000, :type :invoke, :process 0, :f :write, :value ["k1" "v1"]}</c>. Values are
/// <c>[key value]</c> pairs (<c>nil</c> when unknown), a compare-and-set's <c>[key [old new]]</c>; <c>final-read</c> ops become <c>:f :read</c> marked
/// <c>:final? true</c>; an error is kept as <c>:error "..."</c>. Jepsen's processes never invoke again once an
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
            text.Write(", :value [");
            EdnText.String(text, op.Key);
            text.Write(' ');
            if (op.F == KvFunctions.Cas)
            {
                // Jepsen's cas-register writes a compare-and-set as [old new].
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

    private static string Type(OpType type) => type switch
    {
        OpType.Invoke => "invoke",
        OpType.Ok => "ok",
        OpType.Fail => "fail",
        _ => "info",
    };
}
