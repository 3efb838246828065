using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers;

/// <summary>
/// An expectation kind with its checker: judges one expectation from what the run recorded. Pure: no engine, no I/O;
/// what it needs beyond the history, timeline and logs it asks for with <see cref="IExpectationKind.Wants"/>.
/// </summary>
public interface IChecker : IExpectationKind
{
    Verdict Check(Expectation expectation, CheckInput input);
}
