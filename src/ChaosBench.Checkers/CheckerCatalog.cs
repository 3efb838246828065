using ChaosBench.Model;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers;

/// <summary>
/// The checkers by expectation kind. A checker that throws yields verdict <see cref="VerdictStatus.Unknown"/>
/// with the exception as evidence: a broken checker never crashes the run nor passes it.
/// </summary>
public sealed class CheckerCatalog(IEnumerable<IChecker> checkers)
{
    private readonly Dictionary<string, IChecker> _byKind = checkers.ToDictionary(c => c.Kind, StringComparer.Ordinal);

    /// <summary>Every checker this project ships.</summary>
    public static CheckerCatalog Default { get; } = new(
    [
        new NoLostWrites.NoLostWritesChecker(), new RecoversWithin.RecoversWithinChecker(), new Availability.AvailabilityChecker(),
        new Log.LogChecker(), new RefusesToStart.RefusesToStartChecker(), new HttpStatus.HttpStatusChecker(),
        new Linearizable.LinearizableChecker(),
    ]);

    public Verdict Check(Expectation expectation, CheckInput input)
    {
        if (!_byKind.TryGetValue(expectation.Kind, out var checker))
        {
            return new Verdict(expectation.ToString(), VerdictStatus.Unknown, $"no checker for '{expectation.Kind}'", new Dictionary<string, object?>());
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
