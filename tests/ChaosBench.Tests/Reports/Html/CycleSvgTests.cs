using System.Text.RegularExpressions;
using System.Xml.Linq;
using ChaosBench.Reports;
using ChaosBench.Reports.Html;
using ChaosBench.Reports.Json;

namespace ChaosBench.Tests.Reports.Html;

public sealed class CycleSvgTests
{
    [Test]
    public void Write_WriteSkewVerdictReadBackFromRunJson_MatchesTheGoldenPage()
    {
        // Given the write-skew fixture judged serializable, its record written as run.json and read back
        var input = SampleRuns.Cycle();
        var path = Path.Combine(Directory.CreateTempSubdirectory("chaosbench-cycle-").FullName, "run.json");
        using (var output = File.Create(path))
        {
            RunRecordJson.Write(input.Run, output);
        }

        var read = input with { Run = RunRecordJson.Read(path, TestKinds.All) };
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);

        // When its report is rendered from the record read back
        var html = Rendered.Text(new HtmlReportWriter(), read);

        // Then it is the golden page, and the same page the verdict itself renders
        Golden.AssertMatches("report-cycle.html", Scrubber.For(read.Run).Scrub(html));
        Assert.That(html, Is.EqualTo(Rendered.Text(new HtmlReportWriter(), input)));
    }

    [Test]
    public void Write_WriteSkewVerdict_DrawsBothTransactionsAndTwoAntiDependencies()
    {
        // Given the write-skew fixture judged serializable: T3 and T2 each read both lists empty and append to one
        var html = Rendered.Text(new HtmlReportWriter(), SampleRuns.Cycle());

        // When its cycle is read out of the page
        var svg = Svg(html);

        // Then the two transactions are boxes listing their micro-operations, and each rw edge names the append it read before
        Assert.That(Boxes(svg).Select(b => b.Attribute("data-index")!.Value), Is.EqualTo(new[] { "3", "2" }));
        Assert.That(Boxes(svg).Select(b => Texts(b)), Is.EqualTo(new[]
        {
            new[] { "T3 p1 ok", "r 1 []", "r 2 []", "append 2 1" },
            new[] { "T2 p0 ok", "r 1 []", "r 2 []", "append 1 1" },
        }));
        Assert.That(Edges(svg).Select(e => (e.Attribute("class")!.Value, e.Attribute("data-from")!.Value, e.Attribute("data-to")!.Value, Texts(e).Single())), Is.EqualTo(new[]
        {
            ("edge rw", "3", "2", "rw · append 1 1"),
            ("edge rw", "2", "3", "rw · append 2 1"),
        }));
        Assert.That(Edges(svg).First().Element("title")!.Value, Is.EqualTo("rw: T3 read 1 empty, before T2's append of 1"));
        Assert.That(html, Does.Contain("<h2>Anomaly: G2-item (serializable)</h2>"));
    }

    [TestCase("g0.edn", "read-committed", "G0", "ww")]
    [TestCase("g1c.edn", "read-committed", "G1c", "wr")]
    [TestCase("g-single.edn", "snapshot-isolation", "G-single", "rw wr")]
    public void Write_CycleOfEachKind_DrawsItsEdgesByKind(string fixture, string level, string anomaly, string kinds)
    {
        // Given a fixture whose only anomaly is a cycle of that kind, judged at the weakest level forbidding it
        var html = Rendered.Text(new HtmlReportWriter(), SampleRuns.Cycle(fixture, level));

        // When its cycle is read out of the page
        var svg = Svg(html);

        // Then there is one drawing, headed by the anomaly, its edges of the kinds that make that anomaly
        Assert.That(Regex.Count(html, "<svg class=\"cycle\""), Is.EqualTo(1));
        Assert.That(html, Does.Contain($"<h2>Anomaly: {anomaly} ({level})</h2>"));
        Assert.That(Edges(svg).Select(e => e.Attribute("class")!.Value.Split(' ')[1]).Distinct().Order(), Is.EqualTo(kinds.Split(' ').Order()));
        Assert.That(Boxes(svg).Count(), Is.EqualTo(Edges(svg).Count()), "a cycle has as many edges as transactions");
    }

    [TestCase("g1a.edn", "read-committed")]
    [TestCase("serializable.edn", "serializable")]
    public void Write_NoCycleInTheVerdict_DrawsNone(string fixture, string level)
    {
        // Given an aborted read (found directly, no cycle) or a history that passes, when rendered, then nothing is drawn
        Assert.That(Rendered.Text(new HtmlReportWriter(), SampleRuns.Cycle(fixture, level)), Does.Not.Contain("svg class=\"cycle\"").And.Not.Contain("Anomaly:"));
    }

    [Test]
    public void MicroOps_ElleNotation_EachWithoutItsOuterBrackets()
    {
        // Given the evidence's line of micro-operations, when split, then each keeps its read's list
        Assert.That(CycleSvg.MicroOps("[append 1 2] [r 1 [2 3]] [r x nil] [r y []]"), Is.EqualTo(new[] { "append 1 2", "r 1 [2 3]", "r x nil", "r y []" }));
    }

    private static XElement Svg(string html) =>
        XElement.Parse(Regex.Match(html, "<svg class=\"cycle\".*?</svg>", RegexOptions.Singleline).Value);

    private static IEnumerable<XElement> Boxes(XElement svg) => svg.Elements("g").Where(g => g.Attribute("class")!.Value.StartsWith("txn ", StringComparison.Ordinal));

    private static IEnumerable<XElement> Edges(XElement svg) => svg.Elements("g").Where(g => g.Attribute("class")!.Value.StartsWith("edge ", StringComparison.Ordinal));

    private static string[] Texts(XElement group) => [.. group.Elements("text").Select(t => t.Value)];
}
