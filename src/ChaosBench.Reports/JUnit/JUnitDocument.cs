using System.Globalization;
using System.Xml.Linq;
using ChaosBench.Model.Records;

namespace ChaosBench.Reports.JUnit;

/// <summary>Builds the JUnit XML tree of a run; <see cref="XmlText"/> keeps it writable whatever the text holds.</summary>
internal static class JUnitDocument
{
    public static XDocument For(RunRecord run)
    {
        var cases = run.Verdicts.Select(v => Case(run.Scenario, v)).ToList();
        if (run.Outcome is not (Outcome.Passed or Outcome.Failed))
        {
            cases.Add(RunCase(run));
        }

        var tests = cases.Count;
        var failures = cases.Count(c => c.Element("failure") is not null);
        var errors = cases.Count(c => c.Element("error") is not null);
        var suite = new XElement(
            "testsuite",
            new XAttribute("name", XmlText.Clean(run.Scenario)),
            Counts(tests, failures, errors),
            new XAttribute("time", ReportText.Seconds(run.Elapsed)),
            new XAttribute("timestamp", run.StartedAt.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture)),
            new XAttribute("hostname", XmlText.Clean(run.Environment.Host)),
            Properties(run),
            cases);
        return new XDocument(new XElement("testsuites", new XAttribute("name", "chaosbench"), Counts(tests, failures, errors), new XAttribute("time", ReportText.Seconds(run.Elapsed)), suite));
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
