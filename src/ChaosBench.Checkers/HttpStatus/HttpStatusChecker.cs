using ChaosBench.Model;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers.HttpStatus;

/// <summary>
/// After the faults, the URL must answer the expected status within the time given, and never one of the
/// statuses listed in <c>never</c>; every answer seen is evidence.
/// </summary>
public sealed class HttpStatusChecker : IChecker
{
    public string Kind => Model.Options.ExpectationKinds.HttpStatus;

    public Verdict Check(Expectation expectation, CheckInput input)
    {
        var answers = input.Timeline.Where(e => e.Kind == TimelineKinds.HttpStatus && e.Target == expectation.Url).ToList();
        var expected = expectation.Is!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var first = answers.FirstOrDefault(a => a.Detail == expected);
        var evidence = new Dictionary<string, object?>
        {
            ["asked"] = answers.Count,
            ["answers"] = answers.GroupBy(a => a.Detail).ToDictionary(g => g.Key, g => (object?)g.Count()),
            ["first-expected-at-seconds"] = first?.Time.TotalSeconds,
        };
        if (answers.Count == 0)
        {
            return new Verdict(expectation.ToString(), VerdictStatus.Unknown, $"{expectation.Url} was never asked", evidence);
        }

        var forbidden = answers.Where(a => expectation.Never.Any(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture) == a.Detail)).ToList();
        if (forbidden.Count > 0)
        {
            evidence["forbidden"] = forbidden.Count;
            return new Verdict(expectation.ToString(), VerdictStatus.Failed, $"{expectation.Url} answered {forbidden[0].Detail}, listed under never, {forbidden.Count} time(s)", evidence);
        }

        return first is not null
            ? new Verdict(expectation.ToString(), VerdictStatus.Passed, $"{expectation.Url} answered {expected} after {answers.IndexOf(first) + 1} request(s)", evidence)
            : new Verdict(expectation.ToString(), VerdictStatus.Failed, $"{expectation.Url} never answered {expected}: {string.Join(", ", answers.GroupBy(a => a.Detail).Select(g => $"{g.Key} ×{g.Count()}"))}", evidence);
    }
}
