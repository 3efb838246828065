using ChaosBench.Model.Records;
using ChaosBench.Reports.Markdown;

namespace ChaosBench.Tests.Reports.Markdown;

public sealed class MarkdownReportWriterTests
{
    [Test]
    public void Write_FailedEtcdKillRun_MatchesGolden()
    {
        // Given the etcd kill run whose recovery took too long
        var input = SampleRuns.Failed();

        // When it is rendered
        var report = Scrubber.For(input.Run).Scrub(Rendered.Text(new MarkdownReportWriter(), input));

        // Then the report reads as the checked-in one
        Golden.AssertMatches("report.md", report);
    }

    [Test]
    public void Write_TextWithMarkup_EscapesItInTablesAndParagraphs()
    {
        // Given a verdict whose summary starts like a heading, and which holds table pipes and HTML
        var input = SampleRuns.Failed();
        var verdict = new Verdict("no-lost-writes", VerdictStatus.Failed, "# <b>lost</b> k1|k2", new Dictionary<string, object?> { ["keys"] = "k1|k2" });
        input = input with { Run = input.Run with { Verdicts = [verdict] } };

        // When it is rendered
        var report = Rendered.Text(new MarkdownReportWriter(), input);

        // Then none of it can start a heading, split a cell or render as HTML
        Assert.That(report, Does.Contain("\n" + @"\# \<b\>lost\</b\> k1\|k2" + "\n"));
        Assert.That(report, Does.Contain(@"| keys | k1\|k2 |"));
    }
}
