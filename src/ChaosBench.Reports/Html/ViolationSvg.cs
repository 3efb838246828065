using System.Collections;
using System.Globalization;
using System.Text;
using ChaosBench.Model.Records;
using static ChaosBench.Reports.Html.HtmlText;

namespace ChaosBench.Reports.Html;

/// <summary>
/// A verdict's <c>violation</c> (the <c>linearizable</c> checker's smallest window that cannot be linearized) drawn as
/// Porcupine draws one: a lane per process, each operation a bar from its invocation to its completion (to the
/// window's end when it never completed), the impossible operation in red and the writes it could have seen in
/// green. It reads the evidence as plain values, so a report rewritten from <c>run.json</c> draws the same.
/// </summary>
internal static class ViolationSvg
{
    private const double Left = 56, Right = 952, Top = 8, Lane = 30, Bar = 20;

    public static string Render(IReadOnlyList<Verdict> verdicts) =>
        string.Concat(verdicts.Select(v => v.Evidence.GetValueOrDefault("violation") is IDictionary violation ? Render(violation) : string.Empty));

    private static string Render(IDictionary violation)
    {
        var lanes = Maps(violation["lanes"]).Select(l => (Process: Text(l["process"]), Ops: Maps(l["ops"]))).Where(l => l.Ops.Count > 0).ToList();
        if (lanes.Count == 0)
        {
            return string.Empty;
        }

        var impossible = (violation["impossible"] as IDictionary)?["index"] is { } index ? Text(index) : null;
        var seen = Maps(violation["could-have-seen"]).Select(o => Text(o["index"])).ToHashSet(StringComparer.Ordinal);
        var ops = lanes.SelectMany(l => l.Ops).ToList();
        var start = ops.Min(Invoked);
        var end = Math.Max(ops.Max(o => Completed(o) ?? Invoked(o)), start + 0.001);
        var pad = (end - start) * 0.04;
        var (from, to) = (start - pad, end + pad);
        double X(double seconds) => Left + ((Right - Left) * (seconds - from) / (to - from));

        var height = Top + (lanes.Count * Lane) + 26;
        var svg = new StringBuilder();
        svg.Append($"<h2>Violation: key {Encode(Quote(Text(violation["key"])))}</h2>\n");
        svg.Append("<p>The operations of the smallest window that cannot be linearized, one lane per process, over seconds since the run started: <span class=\"impossible-word\">red</span> the operation no order explains, <span class=\"seen-word\">green</span> the writes of the values it could have seen, faded and dashed an operation that never completed.</p>\n");
        svg.Append($"<svg class=\"violation\" viewBox=\"0 0 1000 {Number(height)}\" role=\"img\" aria-label=\"Operations on key {Encode(Text(violation["key"]))} by process\">\n");
        for (var i = 0; i < lanes.Count; i++)
        {
            var y = Top + (i * Lane);
            svg.Append($"<text x=\"{Number(Left - 6)}\" y=\"{Number(y + 15)}\" font-size=\"11\" text-anchor=\"end\">p{Encode(lanes[i].Process)}</text>");
            svg.Append($"<line class=\"lane\" x1=\"{Number(Left)}\" x2=\"{Number(Right)}\" y1=\"{Number(y + Bar + 4)}\" y2=\"{Number(y + Bar + 4)}\"/>\n");
            foreach (var op in lanes[i].Ops)
            {
                var n = Text(op["index"]);
                var role = n == impossible ? " impossible" : seen.Contains(n) ? " could-have-seen" : string.Empty;
                var open = Completed(op) is null ? " open" : string.Empty;
                var (x1, x2) = (X(Invoked(op)), X(Completed(op) ?? to));
                var width = Math.Max(x2 - x1, 2);
                var label = Label(op);
                svg.Append($"<g class=\"op{role}{open}\" data-index=\"{Encode(n)}\"><title>{Encode(Title(op, role))}</title>");
                svg.Append($"<rect x=\"{Number(x1)}\" y=\"{Number(y + 2)}\" width=\"{Number(width)}\" height=\"{Number(Bar)}\" rx=\"3\"/>");
                // A label wider than its bar would cover its neighbours; the title still says it.
                if (label.Length * 6 + 6 <= width)
                {
                    svg.Append($"<text x=\"{Number(x1 + 3)}\" y=\"{Number(y + 16)}\" font-size=\"10\">{Encode(label)}</text>");
                }

                svg.Append("</g>\n");
            }
        }

        var axis = Top + (lanes.Count * Lane) + 14;
        svg.Append($"<text x=\"{Number(Left)}\" y=\"{Number(axis)}\" font-size=\"10\">{Seconds(start)} s</text>");
        svg.Append($"<text x=\"{Number(Right)}\" y=\"{Number(axis)}\" font-size=\"10\" text-anchor=\"end\">{Seconds(end)} s</text>\n");
        return svg.Append("</svg>\n").ToString();
    }

    /// <summary><c>read → "1"</c>, <c>write "2"</c>, <c>cas "1" → "2"</c>; absent is null.</summary>
    private static string Label(IDictionary op)
    {
        var f = Text(op["f"]);
        var value = Quote(op["value"] as string);
        return f switch
        {
            "read" or "final-read" => $"{f} → {value}",
            "cas" => $"cas {Quote(op["expected"] as string)} → {value}",
            _ => $"{f} {value}",
        };
    }

    private static string Title(IDictionary op, string role)
    {
        var completed = Completed(op) is { } c ? $"{Seconds(c)} s" : "never completed";
        var why = role switch
        {
            " impossible" => ": no order of the others explains it",
            " could-have-seen" => ": a write of a value the impossible operation could have seen",
            _ => string.Empty,
        };
        return $"p{Text(op["process"])} {Label(op)}, {Seconds(Invoked(op))} s to {completed}, {Text(op["outcome"])}{why}";
    }

    private static string Quote(string? value) => value is null ? "absent" : $"\"{value}\"";

    private static double Invoked(IDictionary op) => Convert.ToDouble(op["invoked-seconds"], CultureInfo.InvariantCulture);

    private static double? Completed(IDictionary op) => op["completed-seconds"] is { } c ? Convert.ToDouble(c, CultureInfo.InvariantCulture) : null;

    private static string Seconds(double seconds) => seconds.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Text(object? value) => ReportText.Value(value);

    private static List<IDictionary> Maps(object? value) => value is IEnumerable items and not string ? [.. items.OfType<IDictionary>()] : [];
}
