using System.Text.RegularExpressions;
using System.Xml.Linq;
using ChaosBench.Reports.Html;

namespace ChaosBench.Tests.Reports.Html;

public sealed class HtmlReportWriterTests
{
    [Test]
    public void Write_FailedEtcdKillRun_IsOneSelfContainedPageWithOneSvg()
    {
        // Given the etcd kill run
        var input = SampleRuns.Failed();

        // When it is rendered
        var html = Rendered.Text(new HtmlReportWriter(), input);

        // Then it has exactly one inline SVG and references nothing outside the file
        Assert.That(Regex.Count(html, "<svg"), Is.EqualTo(1));
        Assert.That(html, Does.Not.Match("https?://"));
        Assert.That(html, Does.Not.Match("<(script|link|img|iframe)\\b"));
        Assert.That(html, Does.StartWith("<!DOCTYPE html>").And.EndWith("</html>\n"));
    }

    [Test]
    public void Write_FailedEtcdKillRun_SvgIsWellFormedWithMarkersPhasesAndBars()
    {
        // Given the etcd kill run
        var input = SampleRuns.Failed();

        // When its timeline is rendered
        var html = Rendered.Text(new HtmlReportWriter(), input);
        var svg = XElement.Parse(Regex.Match(html, "<svg.*</svg>", RegexOptions.Singleline).Value);

        // Then the kill is a fault marker, the start a repair, every phase a band, and the outage shows in the bars
        Assert.That(Groups(svg, "fault").Single().Element("title")!.Value, Does.StartWith("+11.1s kill etcd-2").And.EndWith("confirmed after 12ms"));
        Assert.That(Groups(svg, "repair").Single().Element("title")!.Value, Does.StartWith("+14.1s start etcd-2"));
        Assert.That(Groups(svg, "phase").Count(), Is.EqualTo(input.Run.Phases.Count));
        Assert.That(svg.Descendants("rect").Count(r => (string?)r.Attribute("class") == "fail"), Is.GreaterThan(0));
        Assert.That(svg.Descendants("rect").Count(r => (string?)r.Attribute("class") == "info"), Is.GreaterThan(0));
    }

    [Test]
    public void Write_StaleReadVerdict_DrawsTheWindowOnLanesWithTheReadAndTheWriteItShouldHaveSeenMarked()
    {
        // Given a run whose linearizable verdict failed on a stale read
        var input = SampleRuns.StaleRead();

        // When it is rendered
        var html = Rendered.Text(new HtmlReportWriter(), input);
        var svg = XElement.Parse(Regex.Match(html, "<svg class=\"violation\".*?</svg>", RegexOptions.Singleline).Value);

        // Then the window's operations are bars on their processes' lanes, the read marked impossible, the write of "2" marked as what it should have seen
        var ops = svg.Descendants("g").Where(g => ((string?)g.Attribute("class"))?.Split(' ').Contains("op") == true).ToList();
        Assert.That(ops.Select(o => o.Element("rect")), Has.All.Not.Null);
        Assert.That(ops.Where(o => ((string)o.Attribute("class")!).Contains("impossible")).Select(o => o.Element("title")!.Value), Is.EqualTo(new[] { "p2 read → \"1\", 0.040 s to 0.050 s, ok: no order of the others explains it" }));
        Assert.That(ops.Where(o => ((string)o.Attribute("class")!).Contains("could-have-seen")).Select(o => o.Element("title")!.Value), Is.EqualTo(new[] { "p1 write \"2\", 0.020 s to 0.030 s, ok: a write of a value the impossible operation could have seen" }));
        Assert.That(svg.Elements("text").Select(t => t.Value), Is.SupersetOf(new[] { "p1", "p2" }));
        Assert.That(html, Does.Contain("<h2>Violation: key &quot;k&quot;</h2>"));
    }

    [Test]
    public void Write_FailedEtcdKillRun_DrawsNoViolation()
    {
        // Given a run with no linearizable verdict, when it is rendered, then there is nothing to draw
        Assert.That(Rendered.Text(new HtmlReportWriter(), SampleRuns.Failed()), Does.Not.Contain("Violation"));
    }

    [Test]
    public void Write_ScriptPlantedInVerdictSummary_IsEscaped()
    {
        // Given a verdict summary carrying a script, as a product's error message might
        var input = SampleRuns.Failed();
        var verdict = input.Run.Verdicts[1] with { Summary = "<script>alert('x')</script>" };
        input = input with { Run = input.Run with { Verdicts = [verdict] } };

        // When it is rendered
        var html = Rendered.Text(new HtmlReportWriter(), input);

        // Then it shows as text and cannot run
        Assert.That(html, Does.Not.Contain("<script"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    }

    [Test]
    public void Write_RunWithAllowHost_SaysItReachedTheHost()
    {
        // Given a run given --allow-host, and one without it
        var allowed = SampleRuns.Passed() is var input ? input with { Run = input.Run with { AllowHost = true } } : null!;

        // When both are rendered
        var (withHost, without) = (Rendered.Text(new HtmlReportWriter(), allowed), Rendered.Text(new HtmlReportWriter(), SampleRuns.Passed()));

        // Then each says what of the host it could reach
        Assert.That(withHost, Does.Contain("<th>host access</th><td>ALLOWED (--allow-host): binds from anywhere on the host"));
        Assert.That(without, Does.Contain("<th>host access</th><td>the scenario&#39;s folder only"));
    }

    [Test]
    public void Write_LossWindowExcusedWrites_ShowsEachOne()
    {
        // Given a no-lost-writes verdict whose loss-window excused two writes
        var verdict = new ChaosBench.Model.Records.Verdict("no-lost-writes loss-window 1s", ChaosBench.Model.Records.VerdictStatus.Passed, "lost 2 writes, all acknowledged within 0.30s before the power-loss of redis-1 at 4.00s; loss-window 1s",
            new Dictionary<string, object?> { ["lost-excused"] = 2, ["excused-examples"] = new List<string> { "a=0-0, acknowledged 0.30s before the power-loss of redis-1 at 4.00s", "b=1-0, acknowledged 0.10s before the power-loss of redis-1 at 4.00s" } });
        var input = SampleRuns.Passed() is var passed ? passed with { Run = passed.Run with { Verdicts = [verdict] } } : null!;

        // When it is rendered
        var html = Rendered.Text(new HtmlReportWriter(), input);

        // Then the page names how many and which
        Assert.That(html, Does.Contain("lost-excused: 2").And.Contain("a=0-0, acknowledged 0.30s before the power-loss of redis-1 at 4.00s"));
    }

    private static IEnumerable<XElement> Groups(XElement svg, string css) =>
        svg.Elements("g").Where(g => (string?)g.Attribute("class") == css);
}
