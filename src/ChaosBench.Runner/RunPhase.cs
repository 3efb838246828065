namespace ChaosBench.Runner;

/// <summary>The phases of a run, in order; each is recorded under its name in kebab-case (<c>steady-state</c>).</summary>
internal enum RunPhase
{
    Provision,
    Ready,
    SteadyState,
    Workload,
    Heal,
    Recovery,
    Check,
}
