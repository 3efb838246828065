using ChaosBench.Model;
using ChaosBench.Model.Records;
using ChaosBench.Reports.Jsonl;
using NUnit.Framework;

namespace ChaosBench.Testcontainers;

/// <summary>
/// Asserts expectations over a session inside an NUnit test: the history (<c>history.jsonl</c>) is attached to the
/// result; a failed verdict fails the test naming the expectation, its summary and its evidence; an
/// <c>unknown</c> one (nothing to judge, a checker that crashed) is an error, never a pass.
/// </summary>
public static class ChaosVerdicts
{
    /// <summary>Judges every expectation, attaches the history, and asserts they all passed.</summary>
    /// <returns>The verdicts, in the order given.</returns>
    public static IReadOnlyList<Verdict> AssertHolds(ChaosSession session, params Expectation[] expectations)
    {
        ArgumentNullException.ThrowIfNull(session);
        var verdicts = expectations.Select(session.Check).ToList();
        Attach(session);
        var unknown = verdicts.Where(v => v.Status == VerdictStatus.Unknown).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(string.Join('\n', unknown.Select(Describe)));
        }

        var failed = verdicts.Where(v => v.Status != VerdictStatus.Passed).ToList();
        if (failed.Count > 0)
        {
            Assert.Fail(string.Join('\n', failed.Select(Describe)));
        }

        return verdicts;
    }

    /// <summary>One verdict as a line: expectation, status, summary, then each piece of evidence.</summary>
    public static string Describe(Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var evidence = verdict.Evidence.Select(e => $"  {e.Key}: {Text(e.Value)}");
        return $"{verdict.Expectation}: {verdict.Status.ToString().ToLowerInvariant()}: {verdict.Summary}\n{string.Join('\n', evidence)}";
    }

    private static string? Text(object? value) => value switch
    {
        System.Collections.IDictionary map => "{" + string.Join(", ", map.Keys.Cast<object>().Select(k => $"{k}={Text(map[k])}")) + "}",
        System.Collections.IEnumerable list and not string => "[" + string.Join(", ", list.Cast<object?>().Select(Text)) + "]",
        _ => value?.ToString(),
    };

    private static void Attach(ChaosSession session)
    {
        if (TestContext.CurrentContext?.WorkDirectory is not { } work)
        {
            return;
        }

        var folder = Directory.CreateDirectory(Path.Combine(work, "chaosbench-runs", session.RunId)).FullName;
        var file = Path.Combine(folder, "history.jsonl");
        using (var output = File.Create(file))
        {
            HistoryJsonl.Write(session.Recorder.History, output);
        }

        TestContext.AddTestAttachment(file, "the operations the test's client recorded, as the harness writes them");
    }
}
