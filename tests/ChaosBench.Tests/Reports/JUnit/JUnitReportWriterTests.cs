using System.Xml.Linq;
using ChaosBench.Model.Records;
using ChaosBench.Reports;
using ChaosBench.Reports.JUnit;

namespace ChaosBench.Tests.Reports.JUnit;

public sealed class JUnitReportWriterTests
{
    [Test]
    public void Write_FailedEtcdKillRun_MatchesGolden()
    {
        // Given the etcd kill run whose recovery took too long
        var input = SampleRuns.Failed();

        // When it is rendered
        var xml = Scrubber.For(input.Run).Scrub(Rendered.Text(new JUnitReportWriter(), input));

        // Then the XML reads as the checked-in one
        Golden.AssertMatches("junit.xml", xml);
    }

    [TestCase("passed", 2, 0, 0)]
    [TestCase("failed", 2, 1, 0)]
    [TestCase("errored", 1, 0, 1)]
    public void Write_Outcome_CountsTestsFailuresAndErrors(string outcome, int tests, int failures, int errors)
    {
        // Given a passed, failed or errored run
        var input = Sample(outcome);

        // When it is rendered and parsed back
        var suite = Parse(input).Root!.Element("testsuite")!;

        // Then the suite's counts match its test cases
        Assert.That((int)suite.Attribute("tests")!, Is.EqualTo(tests));
        Assert.That((int)suite.Attribute("failures")!, Is.EqualTo(failures));
        Assert.That((int)suite.Attribute("errors")!, Is.EqualTo(errors));
        Assert.That(suite.Elements("testcase").Count(), Is.EqualTo(tests));
        Assert.That(suite.Descendants("failure").Count(), Is.EqualTo(failures));
        Assert.That(suite.Descendants("error").Count(), Is.EqualTo(errors));
    }

    [Test]
    public void Write_ErroredRun_AddsRunCaseNamingStepAndReason()
    {
        // Given a run that errored while provisioning, before any expectation was checked
        var input = SampleRuns.Errored();

        // When it is rendered
        var error = Parse(input).Descendants("testcase").Single(c => (string?)c.Attribute("name") == "run").Element("error")!;

        // Then CI shows the step that failed and why
        Assert.That((string?)error.Attribute("message"), Is.EqualTo("errored at provision etcd-2: the engine refused to create the container: no space left on device"));
    }

    [Test]
    public void Write_UnknownVerdict_IsAnError()
    {
        // Given a verdict whose checker crashed
        var input = SampleRuns.Passed();
        input = input with { Run = input.Run with { Verdicts = [new Verdict("no-lost-writes", VerdictStatus.Unknown, "checker crashed: index out of range", new Dictionary<string, object?>())] } };

        // When it is rendered
        var testcase = Parse(input).Descendants("testcase").Single();

        // Then it is an error, not a failure of the product
        Assert.That((string?)testcase.Element("error")?.Attribute("message"), Is.EqualTo("checker crashed: index out of range"));
    }

    [Test]
    public void Write_ControlCharactersInSummary_StillWritesValidXml()
    {
        // Given a failure message holding an ANSI colour code and a NUL, which XML 1.0 cannot carry
        var input = SampleRuns.Failed();
        var verdict = input.Run.Verdicts[1] with { Summary = "\u001b[31mtimeout\u001b[0m\0 <&>" };
        input = input with { Run = input.Run with { Verdicts = [verdict] } };

        // When it is rendered and parsed back
        var failure = Parse(input).Descendants("failure").Single();

        // Then the control characters are replaced and the markup characters survive
        Assert.That((string?)failure.Attribute("message"), Is.EqualTo("\uFFFD[31mtimeout\uFFFD[0m\uFFFD <&>"));
    }

    private static ReportInput Sample(string outcome) => outcome switch
    {
        "passed" => SampleRuns.Passed(),
        "failed" => SampleRuns.Failed(),
        _ => SampleRuns.Errored(),
    };

    private static XDocument Parse(ReportInput input) => XDocument.Parse(Rendered.Text(new JUnitReportWriter(), input));
}
