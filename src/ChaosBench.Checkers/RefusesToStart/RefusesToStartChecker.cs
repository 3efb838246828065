using System.Text.RegularExpressions;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Kinds.Evidence;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers.RefusesToStart;

/// <summary>
/// After its last repair (a start or a version hop), a member of the service must refuse: stay unready (most
/// often exit), say why in its log, and, when asked, leave its data byte for byte as it was.
/// </summary>
public sealed class RefusesToStartChecker : ExpectationKind<RefusesToStartOptions>, IChecker
{
    public override string Name => "refuses-to-start";

    protected override string Describe(RefusesToStartOptions options) => $"{Name} {options.Service}";

    /// <summary>Its member not getting ready is the evidence; with data-untouched, its volumes hashed around the start.</summary>
    protected override IEnumerable<EvidenceWant> Wants(RefusesToStartOptions options) =>
        options.DataUntouched ? [new RefusalWanted(options.Service!), new FingerprintsWanted(options.Service!)] : [new RefusalWanted(options.Service!)];

    protected override void Validate(RefusesToStartOptions options, KindCheck check)
    {
        check.ServiceExists(options.Service, "service");
        check.LinePattern(options.Log, "log");
        Services.RunByHarness(options.Service, check);
    }

    public Verdict Check(Expectation expectation, CheckInput input)
    {
        var options = expectation.OptionsAs<RefusesToStartOptions>();
        var members = input.Members.GetValueOrDefault(options.Service!, []);
        var repair = input.Timeline.LastOrDefault(e => input.StartsRecovery(e) && members.Contains(e.Target));
        var evidence = new Dictionary<string, object?>();
        if (repair is null)
        {
            return new Verdict(expectation.ToString(), VerdictStatus.Unknown, $"no member of {options.Service} was started again: nothing could refuse", evidence);
        }

        var after = input.Timeline.Where(e => e.Target == repair.Target && e.Time >= repair.Time).ToList();
        var refused = after.FirstOrDefault(e => e.Kind == TimelineKinds.NotReady);
        var ready = after.FirstOrDefault(e => e.Kind == TimelineKinds.Ready);
        evidence["member"] = repair.Target;
        evidence["repair"] = $"{repair.Kind} at +{repair.Time.TotalSeconds:0.###}s: {repair.Detail}";
        evidence["state"] = refused?.Detail ?? (ready is null ? "unknown" : "ready");
        var problems = new List<string>();
        if (refused is null)
        {
            problems.Add(ready is null ? "its readiness was never judged" : $"it started and became ready at +{ready.Time.TotalSeconds:0.###}s");
        }

        if (options.Log is { } pattern)
        {
            var regex = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            var line = input.Logs.GetValueOrDefault(repair.Target, []).FirstOrDefault(regex.IsMatch);
            evidence["log-line"] = line;
            if (line is null)
            {
                problems.Add($"its log never says /{pattern}/");
            }
        }

        if (options.DataUntouched)
        {
            var prints = input.Timeline.Where(e => e.Kind == TimelineKinds.Fingerprint && e.Target == repair.Target).Select(e => e.Detail).ToList();
            var before = prints.FirstOrDefault(p => p.StartsWith("before ", StringComparison.Ordinal))?[7..];
            var afterHash = prints.LastOrDefault(p => p.StartsWith("after ", StringComparison.Ordinal))?[6..];
            evidence["data-before"] = before;
            evidence["data-after"] = afterHash;
            if (before is null || afterHash is null)
            {
                problems.Add("its data was not fingerprinted before and after");
            }
            else if (before != afterHash)
            {
                problems.Add("its data changed");
            }
        }

        return problems.Count == 0
            ? new Verdict(expectation.ToString(), VerdictStatus.Passed, $"{repair.Target} refused to start ({refused!.Detail}){(options.Log is null ? string.Empty : " with the expected message")}{(options.DataUntouched ? ", data untouched" : string.Empty)}", evidence)
            : new Verdict(expectation.ToString(), VerdictStatus.Failed, $"{repair.Target}: {string.Join("; ", problems)}", evidence);
    }
}
