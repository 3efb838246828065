using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Kinds.Evidence;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers.HttpStatus;

/// <summary>
/// After the faults, the URL must answer the expected status within the time given, and never one of the
/// statuses listed in <c>never</c>; every answer seen is evidence.
/// </summary>
public sealed class HttpStatusChecker : ExpectationKind<HttpStatusOptions>, IChecker
{
    private static readonly TimeSpan DefaultWithin = TimeSpan.FromSeconds(30);

    public override string Name => "http-status";

    protected override string Describe(HttpStatusOptions options) =>
        $"{Name} {options.Url} is {options.Is}{(options.Never.Count > 0 ? $" never {string.Join(", ", options.Never)}" : string.Empty)}";

    /// <summary>The URL asked after the faults until it answers the status.</summary>
    protected override IEnumerable<EvidenceWant> Wants(HttpStatusOptions options) =>
        [new HttpAnswersWanted(options.Url!, options.Is!.Value, options.Within ?? DefaultWithin, options.Headers)];

    protected override void Validate(HttpStatusOptions options, KindCheck check)
    {
        if (options.Within is { } within && within <= TimeSpan.Zero)
        {
            check.Error("within", "within must be positive");
        }

        if (options.Is is { } status && status is < 100 or > 599)
        {
            check.Error("is", $"{status} is not an HTTP status code", "write e.g. 'is: 200'");
        }

        if (options.Never.Where(c => c is < 100 or > 599).Select(c => (int?)c).FirstOrDefault() is { } never)
        {
            check.Error("never", $"{never} is not an HTTP status code", "write e.g. 'never: [500, 502, 503]'");
        }

        if (options.Url is { } url)
        {
            check.HttpUrl(url, "url");
        }
    }

    public Verdict Check(Expectation expectation, CheckInput input)
    {
        var options = expectation.OptionsAs<HttpStatusOptions>();
        var answers = input.Timeline.Where(e => e.Kind == TimelineKinds.HttpStatus && e.Target == options.Url).ToList();
        var expected = options.Is!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var first = answers.FirstOrDefault(a => a.Detail == expected);
        var evidence = new Dictionary<string, object?>
        {
            ["asked"] = answers.Count,
            ["answers"] = answers.GroupBy(a => a.Detail).ToDictionary(g => g.Key, g => (object?)g.Count()),
            ["first-expected-at-seconds"] = first?.Time.TotalSeconds,
        };
        if (answers.Count == 0)
        {
            return new Verdict(expectation.ToString(), VerdictStatus.Unknown, $"{options.Url} was never asked", evidence);
        }

        var forbidden = answers.Where(a => options.Never.Any(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture) == a.Detail)).ToList();
        if (forbidden.Count > 0)
        {
            evidence["forbidden"] = forbidden.Count;
            return new Verdict(expectation.ToString(), VerdictStatus.Failed, $"{options.Url} answered {forbidden[0].Detail}, listed under never, {forbidden.Count} time(s)", evidence);
        }

        return first is not null
            ? new Verdict(expectation.ToString(), VerdictStatus.Passed, $"{options.Url} answered {expected} after {answers.IndexOf(first) + 1} request(s)", evidence)
            : new Verdict(expectation.ToString(), VerdictStatus.Failed, $"{options.Url} never answered {expected}: {string.Join(", ", answers.GroupBy(a => a.Detail).Select(g => $"{g.Key} ×{g.Count()}"))}", evidence);
    }
}
