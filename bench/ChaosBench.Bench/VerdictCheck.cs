using ChaosBench.Model.Records;

namespace ChaosBench.Bench;

/// <summary>Compares a <c>no-lost-writes</c> verdict with what the generator planted.</summary>
internal static class VerdictCheck
{
    /// <returns>Every difference, each naming the variant; empty when the verdict is the expected one.</returns>
    public static IEnumerable<string> Differences(string variant, Verdict verdict, Expected expected)
    {
        var status = expected.Lost == 0 ? VerdictStatus.Passed : VerdictStatus.Failed;
        if (verdict.Status != status)
        {
            yield return $"{variant}: verdict {verdict.Status}, expected {status} ({verdict.Summary})";
        }

        (string Name, int Want)[] counts =
        [
            ("acknowledged-writes", expected.Acknowledged), ("failed-writes", expected.Failed), ("indeterminate-writes", expected.Indeterminate),
            ("keys-read", expected.Keys), ("lost", expected.Lost), ("unexpected", 0), ("unread-keys", 0),
        ];
        foreach (var (name, want) in counts)
        {
            if (verdict.Evidence[name] is not int got || got != want)
            {
                yield return $"{variant}: {name} {verdict.Evidence[name]}, expected {want}";
            }
        }
    }
}
