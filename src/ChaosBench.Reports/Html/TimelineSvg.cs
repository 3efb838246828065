using System.Text;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Records;
using static ChaosBench.Reports.Html.HtmlText;

namespace ChaosBench.Reports.Html;

/// <summary>
/// The run drawn as one inline SVG: phase bands behind, stacked bars of operation outcomes per hundredth of the
/// run, fault markers (red) and repair markers (blue) as vertical lines, and a time axis in seconds.
/// Hovering any shape shows its details through SVG titles; no script is needed.
/// </summary>
internal static class TimelineSvg
{
    private const int Buckets = 100;
    private const double Left = 48, Right = 952, Top = 10, PhaseHeight = 16, BarsTop = 40, Baseline = 190, Height = 240;
    private const double BarWidth = (Right - Left) / Buckets;
    private static readonly string[] PhaseColours = ["#90caf9", "#a5d6a7", "#ffe082", "#ce93d8", "#80cbc4", "#ffab91", "#b0bec5", "#e6ee9c"];

    public static string Render(ReportInput input)
    {
        var axis = RunAxis.Of(input);
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"timeline\" viewBox=\"0 0 1000 {Height}\" role=\"img\" aria-label=\"Timeline of the run\">\n");
        Phases(svg, input.Run.Phases, axis);
        Bars(svg, OutcomeBuckets.Of(input.History.Ops, axis.Length, Buckets));
        Markers(svg, input.Run.Timeline, input.Kinds, axis);
        Axis(svg, axis);
        Legend(svg, axis);
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static double X(TimeSpan time, RunAxis axis) => Left + (Right - Left) * Math.Clamp(time / axis.Length, 0, 1);

    private static void Phases(StringBuilder svg, IReadOnlyList<PhaseRecord> phases, RunAxis axis)
    {
        for (var i = 0; i < phases.Count; i++)
        {
            var p = phases[i];
            var (x, width) = (X(p.Start, axis), Math.Max(X(p.End, axis) - X(p.Start, axis), 0.5));
            var title = Encode($"{p.Name}: {ReportText.Offset(p.Start)} to {ReportText.Offset(p.End)}, {p.Status}");
            svg.Append($"<g class=\"phase\"><title>{title}</title>");
            svg.Append($"<rect x=\"{Number(x)}\" y=\"{Number(Top)}\" width=\"{Number(width)}\" height=\"{Number(Baseline - Top)}\" fill=\"{PhaseColours[i % PhaseColours.Length]}\" fill-opacity=\"0.18\"/>");
            svg.Append($"<rect x=\"{Number(x)}\" y=\"{Number(Top)}\" width=\"{Number(width)}\" height=\"{Number(PhaseHeight)}\" fill=\"{PhaseColours[i % PhaseColours.Length]}\"/>");
            // A name wider than its band would run into the next one; the title still names it.
            if (p.Name.Length * 6 + 4 <= width)
            {
                svg.Append($"<text x=\"{Number(x + 2)}\" y=\"{Number(Top + 12)}\" font-size=\"10\">{Encode(p.Name)}</text>");
            }

            svg.Append("</g>\n");
        }
    }

    private static void Bars(StringBuilder svg, IReadOnlyList<OutcomeBucket> buckets)
    {
        var most = Math.Max(1, buckets.Max(b => b.Total));
        var scale = (Baseline - BarsTop) / most;
        svg.Append($"<text x=\"{Number(Left - 4)}\" y=\"{Number(BarsTop + 8)}\" font-size=\"10\" text-anchor=\"end\">{most}</text>\n");
        for (var i = 0; i < buckets.Count; i++)
        {
            var b = buckets[i];
            if (b.Total == 0)
            {
                continue;
            }

            var x = Left + (i * BarWidth);
            var y = Baseline;
            svg.Append($"<g class=\"ops\"><title>{Encode($"{ReportText.Offset(b.Start)} to {ReportText.Offset(b.End)}: {b.Ok} ok, {b.Fail} fail, {b.Info} info")}</title>");
            foreach (var (count, css) in new[] { (b.Ok, "ok"), (b.Info, "info"), (b.Fail, "fail") })
            {
                if (count > 0)
                {
                    y -= count * scale;
                    svg.Append($"<rect class=\"{css}\" x=\"{Number(x)}\" y=\"{Number(y)}\" width=\"{Number(BarWidth * 0.9)}\" height=\"{Number(count * scale)}\"/>");
                }
            }

            svg.Append("</g>\n");
        }
    }

    private static void Markers(StringBuilder svg, IReadOnlyList<TimelineEntry> timeline, Vocabulary kinds, RunAxis axis)
    {
        var row = 0;
        foreach (var entry in timeline)
        {
            var css = RunAxis.MarkerOf(entry, kinds) switch { ReportMarker.Fault => "fault", ReportMarker.Repair => "repair", _ => null };
            if (css is null)
            {
                continue;
            }

            var x = Number(X(entry.Time, axis));
            var confirmed = entry.ConfirmedAfter is { } c ? $", confirmed after {ReportText.Duration(c)}" : string.Empty;
            // Labels step down in rows of three so markers close together stay legible.
            var labelY = Number(BarsTop + 10 + (row++ % 3 * 12));
            svg.Append($"<g class=\"{css}\"><title>{Encode($"{ReportText.Offset(entry.Time)} {entry.Kind} {entry.Target}: {entry.Detail}{confirmed}")}</title>");
            svg.Append($"<line x1=\"{x}\" y1=\"{Number(Top)}\" x2=\"{x}\" y2=\"{Number(Baseline)}\"/>");
            svg.Append($"<text class=\"label\" x=\"{x}\" y=\"{labelY}\" dx=\"3\" font-size=\"10\">{Encode($"{entry.Kind} {entry.Target}")}</text></g>\n");
        }
    }

    private static void Axis(StringBuilder svg, RunAxis axis)
    {
        svg.Append($"<line class=\"axis\" x1=\"{Number(Left)}\" y1=\"{Number(Baseline)}\" x2=\"{Number(Right)}\" y2=\"{Number(Baseline)}\"/>\n");
        var step = axis.TickSeconds();
        for (var n = 0; n * step <= axis.Length.TotalSeconds + 1e-9; n++)
        {
            var x = Number(X(TimeSpan.FromSeconds(n * step), axis));
            svg.Append($"<line class=\"axis\" x1=\"{x}\" y1=\"{Number(Baseline)}\" x2=\"{x}\" y2=\"{Number(Baseline + 4)}\"/>");
            svg.Append($"<text x=\"{x}\" y=\"{Number(Baseline + 16)}\" font-size=\"10\" text-anchor=\"middle\">{ReportText.Duration(TimeSpan.FromSeconds(n * step))}</text>\n");
        }
    }

    private static void Legend(StringBuilder svg, RunAxis axis)
    {
        var (x, y) = (Left, Height - 13);
        foreach (var (css, label) in new[] { ("ok", "ok"), ("info", "info (indeterminate)"), ("fail", "fail") })
        {
            svg.Append($"<rect class=\"{css}\" x=\"{Number(x)}\" y=\"{Number(y - 9)}\" width=\"10\" height=\"10\"/>");
            svg.Append($"<text x=\"{Number(x + 14)}\" y=\"{Number(y)}\" font-size=\"10\">{label}</text>\n");
            x += 24 + (label.Length * 6);
        }

        foreach (var css in new[] { "fault", "repair" })
        {
            svg.Append($"<g class=\"{css} key\"><line x1=\"{Number(x + 5)}\" y1=\"{Number(y - 11)}\" x2=\"{Number(x + 5)}\" y2=\"{Number(y + 2)}\"/>");
            svg.Append($"<text x=\"{Number(x + 14)}\" y=\"{Number(y)}\" font-size=\"10\">{css}</text></g>\n");
            x += 24 + (css.Length * 6);
        }

        var bucket = ReportText.Duration(axis.Length / Buckets);
        svg.Append($"<text x=\"{Number(Right)}\" y=\"{Number(y)}\" font-size=\"10\" text-anchor=\"end\">bars: operations completed per {bucket}</text>\n");
    }
}
