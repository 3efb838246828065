using ChaosBench.Model.History;

namespace ChaosBench.Bench;

/// <summary>
/// One write as the generator planned it: its interval, how it ended and whether the simulated store applied it,
/// at a point strictly inside that interval (so the store is linearizable and loses nothing by itself).
/// </summary>
/// <param name="Completed"><see cref="long.MaxValue"/> for a write whose client never heard back.</param>
/// <param name="Outcome">Ok, Fail, or Info (timed out, or never completed).</param>
internal readonly record struct PlannedWrite(
    int Key, string KeyText, string Value, int Process, long Invoked, long Completed, OpType Outcome, bool Applied, long AppliedAt)
{
    public bool Pending => Completed == long.MaxValue;
}
