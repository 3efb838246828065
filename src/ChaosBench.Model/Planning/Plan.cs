using System.Text;

namespace ChaosBench.Model.Planning;

/// <summary>The resolved fault timeline of one scenario for one seed: the same seed gives the same plan.</summary>
public sealed record Plan(string Scenario, long Seed, TimeSpan Duration, IReadOnlyList<PlannedFault> Faults, IReadOnlyList<Decision> Decisions)
{
    /// <summary>The plan as <c>chaosbench plan</c> prints it.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append($"scenario {Scenario}\nseed {Seed}\nduration {Durations.Format(Duration)}\n");
        text.Append("timeline:\n  +0s workload starts\n");
        foreach (var fault in Faults)
        {
            text.Append($"  {fault}\n");
        }

        text.Append($"  +{Durations.Format(Duration)} workload stops; heal every fault still in effect; check expectations\n");
        if (Decisions.Count > 0)
        {
            text.Append("decisions:\n");
            foreach (var d in Decisions)
            {
                text.Append($"  {d.Step}: {d.Choice} of [{string.Join(", ", d.Options)}]\n");
            }
        }

        return text.ToString();
    }
}
