using ChaosBench.Model.Records;
using ChaosBench.Reports;

namespace ChaosBench.NUnit;

/// <summary>What a test result says about a run: pure text over the record, so it is tested without an engine.</summary>
internal static class RunVerdict
{
    /// <summary>Long evidence (every lost key, say) is cut here: the message is a summary, run.json has it all.</summary>
    private const int MaxValue = 300;

    /// <summary>
    /// The message of a run that did not pass: the outcome and failing step, each verdict that did not pass with its
    /// evidence, and where the report is. Passed expectations are left out; the report lists them.
    /// </summary>
    public static string Describe(RunRecord record, string folder)
    {
        var lines = new List<string> { Headline(record) };
        foreach (var verdict in record.Verdicts.Where(v => v.Status != VerdictStatus.Passed))
        {
            lines.Add($"  {verdict.Status.ToString().ToLowerInvariant()} {verdict.Expectation}: {verdict.Summary}");
            lines.AddRange(verdict.Evidence.Select(e => $"    {e.Key}: {Cut(ReportText.Value(e.Value))}"));
        }

        lines.Add($"  report: {Path.Combine(folder, "report.html")}");
        lines.Add($"  replay: {ReportText.Replay(folder)}");
        return string.Join('\n', lines);
    }

    /// <summary>One line per verdict, for the output of a run that passed.</summary>
    public static string Summary(RunRecord record) =>
        string.Join('\n', record.Verdicts.Select(v => $"{v.Status.ToString().ToLowerInvariant()} {v.Expectation}: {v.Summary}").Prepend($"{record.Scenario}: {Outcome(record)} (seed {record.Seed})"));

    private static string Headline(RunRecord record)
    {
        var at = record.FailedStep is { } step ? $" at {step}" : string.Empty;
        var reason = record.Reason is { } why ? $": {why}" : string.Empty;
        var meaning = record.Outcome switch
        {
            Model.Records.Outcome.Failed => "an expectation deviated",
            Model.Records.Outcome.Errored => "the harness or the environment failed, so there is no verdict",
            Model.Records.Outcome.Aborted => "the run was cancelled before it finished",
            _ => "every expectation held",
        };
        return $"{record.Scenario} {Outcome(record)} ({meaning}, seed {record.Seed}){at}{reason}";
    }

    private static string Outcome(RunRecord record) => record.Outcome.ToString().ToLowerInvariant();

    private static string Cut(string value) => value.Length <= MaxValue ? value : value[..MaxValue] + $"… ({value.Length} characters; see run.json)";
}
