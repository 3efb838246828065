namespace ChaosBench.Faults;

/// <summary>
/// A step (exec, request) ran but did not give what the scenario requires: the product's answer, not the
/// harness's trouble, so the run fails rather than errors. Names the step and what came back.
/// </summary>
public sealed class StepFailedException(string step, string problem) : Exception($"{step}: {problem}")
{
    public string Step { get; } = step;

    public string Problem { get; } = problem;
}
