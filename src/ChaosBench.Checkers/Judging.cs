using ChaosBench.Model;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers;

/// <summary>
/// Judges expectations. A kind without a checker, or a checker that throws, yields verdict
/// <see cref="VerdictStatus.Unknown"/> with the exception as evidence: a broken checker never crashes the run nor passes it.
/// </summary>
public static class Judging
{
    public static Verdict Judge(Expectation expectation, CheckInput input)
    {
        if (expectation.Kind is not IChecker checker)
        {
            return new Verdict(expectation.ToString(), VerdictStatus.Unknown, $"no checker for '{expectation.Kind.Name}'", new Dictionary<string, object?>());
        }

        try
        {
            return checker.Check(expectation, input);
        }
        catch (Exception e)
        {
            return new Verdict(expectation.ToString(), VerdictStatus.Unknown, $"the checker failed: {e.Message}", new Dictionary<string, object?> { ["exception"] = e.ToString() });
        }
    }
}
