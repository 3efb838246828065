using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Checkers;

/// <summary>What the expectations that judge a service's containers (log, refuses-to-start) require of it.</summary>
internal static class Services
{
    /// <summary>The harness runs <paramref name="service"/>: an external one has no containers, logs or starts to judge.</summary>
    public static void RunByHarness(string? service, KindCheck check)
    {
        if (check.IsExternal(service))
        {
            check.Error("service", $"{check.Kind} cannot judge external service '{service}': {ScenarioValidator.ExternalReach}", "judge a service this scenario runs, or check the deployment over HTTP with http-status");
        }
    }
}
