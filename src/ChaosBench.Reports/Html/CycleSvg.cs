using System.Collections;
using System.Text;
using ChaosBench.Model.Records;
using static ChaosBench.Reports.Html.HtmlText;

namespace ChaosBench.Reports.Html;

/// <summary>
/// A transactional verdict's cycle (an <c>anomalies</c> entry of <c>serializable</c>, <c>snapshot-isolation</c>,
/// <c>read-committed</c> or <c>strict-serializable</c> with a non-empty <c>cycle</c>) drawn as Elle explains one: the
/// transactions as boxes in cycle order, each listing its micro-operations, and an arrow per dependency labelled
/// with its kind (ww, wr, rw, realtime) and the append that makes it. An arrow to the next box runs between
/// the boxes; the one closing the cycle runs underneath, back to the first. Only the first cycle of each anomaly
/// kind is drawn; the verdict's evidence lists the others. It reads the evidence as plain values, so a report
/// rewritten from <c>run.json</c> draws the same.
/// </summary>
internal static class CycleSvg
{
    private const double Margin = 8, Top = 8, Line = 14, Head = 24, Char = 6.2, Below = 26;

    public static string Render(IReadOnlyList<Verdict> verdicts) =>
        string.Concat(verdicts.SelectMany(v => Cycles(v.Evidence.GetValueOrDefault("anomalies")).Select(a => Render(v.Expectation, a))));

    /// <summary>The first anomaly of each kind that is a cycle of known transactions.</summary>
    private static IEnumerable<IDictionary> Cycles(object? anomalies) =>
        Maps(anomalies)
            .Where(a => Maps(a["cycle"]).Count > 0 && Maps(a["transactions"]).Count > 0)
            .GroupBy(a => Text(a["kind"]), StringComparer.Ordinal)
            .Select(g => g.First());

    private static string Render(string expectation, IDictionary anomaly)
    {
        var boxes = Maps(anomaly["transactions"]).Select(t => new Box(Text(t["index"]), Text(t["process"]), Text(t["type"]), MicroOps(Text(t["micro-ops"])))).ToList();
        var place = boxes.Select((b, i) => (b.Index, i)).GroupBy(p => p.Index).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var edges = Maps(anomaly["cycle"]).Select(e => new Edge(Text(e["from"]), Text(e["to"]), Text(e["kind"]), e["key"] is { } key ? Text(key) : null, e["element"] is { } el ? Text(el) : null, Text(e["explanation"])))
            .Where(e => place.ContainsKey(e.From) && place.ContainsKey(e.To))
            .ToList();

        // Boxes as wide as their longest line, gaps as wide as the longest label between neighbours.
        var width = Math.Max(130, boxes.Max(b => b.Lines.Max(l => l.Length)) * Char + 16);
        var gap = Math.Max(110, edges.Where(Forward).Select(e => Label(e).Length).DefaultIfEmpty(0).Max() * Char + 24);
        var height = Head + (boxes.Max(b => b.Ops.Count) * Line) + 8;
        var returns = edges.Where(e => !Forward(e)).ToList();
        var svgWidth = Math.Max(1000, (2 * Margin) + (boxes.Count * width) + ((boxes.Count - 1) * gap));
        var svgHeight = Top + height + (returns.Count * Below) + 12;
        double X(int i) => Margin + (i * (width + gap));

        var kind = Text(anomaly["kind"]);
        var svg = new StringBuilder();
        svg.Append($"<h2>Anomaly: {Encode(kind)} ({Encode(expectation)})</h2>\n");
        svg.Append($"<p>{Encode(Text(anomaly["explanation"]))}. Each box is a transaction (its op index, process and outcome, then its micro-operations as the history recorded them); each arrow a dependency that puts one before the next: <span class=\"edge-word ww\">ww</span> appended after its append, <span class=\"edge-word wr\">wr</span> read its append, <span class=\"edge-word rw\">rw</span> read the list before its append, <span class=\"edge-word realtime\">realtime</span> completed before it began; each labelled with the append that makes it.</p>\n");
        svg.Append($"<svg class=\"cycle\" viewBox=\"0 0 {Number(svgWidth)} {Number(svgHeight)}\" role=\"img\" aria-label=\"{Encode($"{kind} cycle of {boxes.Count} transactions")}\">\n");
        for (var i = 0; i < boxes.Count; i++)
        {
            var (b, x) = (boxes[i], X(i));
            svg.Append($"<g class=\"txn txn-{Encode(b.Type)}\" data-index=\"{Encode(b.Index)}\"><title>{Encode($"T{b.Index}, process {b.Process}, {b.Type}: {string.Join(' ', b.Ops)}")}</title>");
            svg.Append($"<rect x=\"{Number(x)}\" y=\"{Number(Top)}\" width=\"{Number(width)}\" height=\"{Number(height)}\" rx=\"4\"/>");
            svg.Append($"<text x=\"{Number(x + 8)}\" y=\"{Number(Top + 16)}\" font-size=\"11\" font-weight=\"bold\">{Encode(b.Lines[0])}</text>");
            for (var m = 0; m < b.Ops.Count; m++)
            {
                svg.Append($"<text class=\"mop\" x=\"{Number(x + 8)}\" y=\"{Number(Top + Head + 8 + (m * Line))}\" font-size=\"11\">{Encode(b.Ops[m])}</text>");
            }

            svg.Append("</g>\n");
        }

        foreach (var e in edges.Where(Forward))
        {
            var (x1, x2, y) = (X(place[e.From]) + width, X(place[e.To]), Top + (height / 2));
            svg.Append(Open(e));
            svg.Append($"<line x1=\"{Number(x1)}\" y1=\"{Number(y)}\" x2=\"{Number(x2 - 2)}\" y2=\"{Number(y)}\"/>");
            svg.Append($"<polygon points=\"{Number(x2)},{Number(y)} {Number(x2 - 8)},{Number(y - 4)} {Number(x2 - 8)},{Number(y + 4)}\"/>");
            svg.Append($"<text class=\"label\" x=\"{Number((x1 + x2) / 2)}\" y=\"{Number(y - 6)}\" font-size=\"10\" text-anchor=\"middle\">{Encode(Label(e))}</text></g>\n");
        }

        for (var r = 0; r < returns.Count; r++)
        {
            // Under the boxes, from the bottom of the earlier-drawn box back up into the later one, each a level lower.
            var e = returns[r];
            var (x1, x2) = (X(place[e.From]) + (width * 0.6), X(place[e.To]) + (width * 0.4));
            var (bottom, y) = (Top + height, Top + height + ((r + 1) * Below) - 6);
            svg.Append(Open(e));
            svg.Append($"<path d=\"M{Number(x1)},{Number(bottom)} V{Number(y)} H{Number(x2)} V{Number(bottom + 2)}\" fill=\"none\"/>");
            svg.Append($"<polygon points=\"{Number(x2)},{Number(bottom)} {Number(x2 - 4)},{Number(bottom + 8)} {Number(x2 + 4)},{Number(bottom + 8)}\"/>");
            svg.Append($"<text class=\"label\" x=\"{Number((x1 + x2) / 2)}\" y=\"{Number(y - 4)}\" font-size=\"10\" text-anchor=\"middle\">{Encode(Label(e))}</text></g>\n");
        }

        return svg.Append("</svg>\n").ToString();

        bool Forward(Edge e) => place[e.To] == place[e.From] + 1;
    }

    private static string Open(Edge e) =>
        $"<g class=\"edge {Encode(e.Kind)}\" data-from=\"{Encode(e.From)}\" data-to=\"{Encode(e.To)}\"><title>{Encode($"{e.Kind}: {e.Explanation}")}</title>";

    /// <summary>
    /// <c>rw · append x 2</c>: the kind, then the append that makes the dependency, written as the boxes write it so
    /// the eye finds it in them; real time has none.
    /// </summary>
    private static string Label(Edge e) => e.Key is null ? e.Kind : $"{e.Kind} · append {e.Key} {e.Element}";

    /// <summary>
    /// The micro-operations out of the evidence's one line, Elle's notation <c>[append 1 2] [r 1 [2 3]]</c>, each
    /// without its outer brackets: <c>append 1 2</c>, <c>r 1 [2 3]</c>.
    /// </summary>
    internal static List<string> MicroOps(string text)
    {
        var ops = new List<string>();
        var (depth, start) = (0, 0);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '[' && depth++ == 0)
            {
                start = i + 1;
            }
            else if (text[i] == ']' && depth > 0 && --depth == 0)
            {
                ops.Add(text[start..i]);
            }
        }

        return ops;
    }

    private static string Text(object? value) => ReportText.Value(value);

    private static List<IDictionary> Maps(object? value) => value is IEnumerable items and not string ? [.. items.OfType<IDictionary>()] : [];

    private sealed record Box(string Index, string Process, string Type, List<string> Ops)
    {
        public List<string> Lines { get; } = [$"T{Index} p{Process} {Type}", .. Ops];
    }

    private sealed record Edge(string From, string To, string Kind, string? Key, string? Element, string Explanation);
}
