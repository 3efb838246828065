using ChaosBench.Model;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers;

/// <summary>Judges one expectation from what the run recorded. Pure: no engine, no I/O.</summary>
public interface IChecker
{
    /// <summary>The expectation kind this checker judges, e.g. <c>no-lost-writes</c>.</summary>
    string Kind { get; }

    Verdict Check(Expectation expectation, CheckInput input);
}
