using ChaosBench.Model;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers.NoLostWrites;

/// <summary>
/// The verdict when no write was acknowledged: every acknowledged write survived, vacuously, so passing would lie.
/// Jepsen and Elle answer unknown here too. A failed or indeterminate write that shows up where it must not is still
/// a failure, so the checkers ask here only when nothing else is wrong.
/// </summary>
internal static class NothingAcknowledged
{
    /// <param name="noun">What was written, singular: write, add, append.</param>
    public static Verdict Of(Expectation expectation, string noun, int failed, int indeterminate, IReadOnlyDictionary<string, object?> evidence) =>
        new(expectation.ToString(), VerdictStatus.Unknown, $"nothing acknowledged to judge: no {noun} was acknowledged ({failed} failed, {indeterminate} indeterminate)", evidence);
}
