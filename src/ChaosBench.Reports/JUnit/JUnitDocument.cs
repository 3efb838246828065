using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ChaosBench.Model.Records;

namespace ChaosBench.Reports.JUnit;

/// <summary>Builds the JUnit XML tree of one run or many; <see cref="XmlText"/> keeps it writable whatever the text holds.</summary>
internal static class JUnitDocument
{
    /// <summary>One <c>testsuites</c> root holding one test suite per run, its counts the sums of theirs.</summary>
    public static XDocument For(IReadOnlyList<RunRecord> runs)
    {
        var suites = runs.Select(Suite).ToList();
        int Sum(string name) => suites.Sum(s => (int)s.Attribute(name)!);
        var time = ReportText.Seconds(runs.Aggregate(TimeSpan.Zero, (total, run) => total + run.Elapsed));
        return new XDocument(new XElement("testsuites", new XAttribute("name", "chaosbench"), Counts(Sum("tests"), Sum("failures"), Sum("errors")), new XAttribute("time", time), suites));
    }

    /// <summary>Saves <paramref name="document"/> as UTF-8 without a byte order mark, indented, '\n' line ends.</summary>
    public static void Save(XDocument document, Stream output)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var writer = XmlWriter.Create(output, settings);
        document.Save(writer);
    }

    private static XElement Suite(RunRecord run)
    {
        var cases = run.Verdicts.Select(v => Case(run.Scenario, v)).ToList();
        if (run.Outcome is not (Outcome.Passed or Outcome.Failed))
        {
            cases.Add(RunCase(run));
        }

        return new XElement(
            "testsuite",
            new XAttribute("name", XmlText.Clean(run.Scenario)),
            Counts(cases.Count, cases.Count(c => c.Element("failure") is not null), cases.Count(c => c.Element("error") is not null)),
            new XAttribute("time", ReportText.Seconds(run.Elapsed)),
            new XAttribute("timestamp", run.StartedAt.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture)),
            new XAttribute("hostname", XmlText.Clean(run.Environment.Host)),
            Properties(run),
            cases);
    }

    private static XAttribute[] Counts(int tests, int failures, int errors) =>
        [new("tests", tests), new("failures", failures), new("errors", errors), new("skipped", 0)];

    private static XElement Properties(RunRecord run)
    {
        var properties = new List<(string Name, string Value)>
        {
            ("seed", run.Seed.ToString(CultureInfo.InvariantCulture)),
            ("run-id", run.RunId),
            ("outcome", run.Outcome.ToString().ToLowerInvariant()),
        };
        properties.AddRange(run.Images.Select(i => ($"image:{i.Service}", $"{i.Reference} {i.Id}")));
        return new XElement("properties", properties.Select(p => new XElement("property", new XAttribute("name", XmlText.Clean(p.Name)), new XAttribute("value", XmlText.Clean(p.Value)))));
    }

    private static XElement Case(string scenario, Verdict verdict)
    {
        var testcase = new XElement("testcase", new XAttribute("name", XmlText.Clean(verdict.Expectation)), new XAttribute("classname", XmlText.Clean(scenario)));
        var body = XmlText.Clean(string.Join("\n", ReportText.Evidence(verdict.Evidence)));
        var message = new XAttribute("message", XmlText.Clean(verdict.Summary));
        switch (verdict.Status)
        {
            case VerdictStatus.Failed:
                testcase.Add(new XElement("failure", message, new XAttribute("type", "failed"), body));
                break;
            case VerdictStatus.Unknown:
                testcase.Add(new XElement("error", message, new XAttribute("type", "unknown"), body));
                break;
            default:
                if (body.Length > 0)
                {
                    testcase.Add(new XElement("system-out", body));
                }

                break;
        }

        return testcase;
    }

    private static XElement RunCase(RunRecord run)
    {
        var step = run.FailedStep ?? "(no step recorded)";
        var reason = run.Reason ?? "(no reason recorded)";
        var outcome = run.Outcome.ToString().ToLowerInvariant();
        return new XElement(
            "testcase",
            new XAttribute("name", "run"),
            new XAttribute("classname", XmlText.Clean(run.Scenario)),
            new XElement("error", new XAttribute("message", XmlText.Clean($"{outcome} at {step}: {reason}")), new XAttribute("type", outcome), XmlText.Clean($"step: {step}\nreason: {reason}")));
    }
}
