using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults;

/// <summary>The checks exec and request share.</summary>
internal static class Steps
{
    public static void Within(IStepOptions step, KindCheck check)
    {
        if (step.Within is { } within && within <= TimeSpan.Zero)
        {
            check.Error("within", "'within' must be positive");
        }
    }
}
