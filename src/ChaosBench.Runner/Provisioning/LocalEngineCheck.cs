using ChaosBench.Engine;
using ChaosBench.Model;

namespace ChaosBench.Runner.Provisioning;

/// <summary>
/// Refuses, before anything is created, a scenario that needs the engine to run on this machine when it does not.
/// Only power-loss volumes do: the layer is a FUSE file system this process mounts over the volume's directory on
/// the engine's host and bind-mounts into the member. Everything else goes through the engine's API.
/// </summary>
internal static class LocalEngineCheck
{
    public static void Require(Scenario scenario, IContainerEngine engine)
    {
        if (engine.IsLocal)
        {
            return;
        }

        var volumes = scenario.Services
            .Where(s => !s.IsExternal)
            .SelectMany(s => s.Volumes.Where(v => v.Layer != VolumeLayer.None).Select(v => $"{s.Name}'s volume {v.Name}"))
            .ToList();
        var powerLossOnly = scenario.Services.All(s => s.Volumes.All(v => v.Layer != VolumeLayer.Faults));
        if (volumes.Count == 0)
        {
            return;
        }

        var faults = scenario.Faults.Where(f => f.Kind.NeedsLayer != VolumeLayer.None)
            .GroupBy(f => f.Kind.Name)
            .Select(g => $"{g.Key} at {string.Join(", ", g.Select(f => Durations.Format(f.At)).Distinct())}")
            .ToList();
        var usedBy = faults.Count > 0 ? $" (for {string.Join(", ", faults)})" : string.Empty;
        throw new RemoteEngineException(
            $"{string.Join(", ", volumes)} is on the {(powerLossOnly ? "power-loss" : "FUSE fault")} layer{usedBy}, a FUSE file system the harness mounts on the engine's host, "
            + $"and the engine at {engine.Endpoint} is remote; fix: run against an engine on this machine (its unix:// socket, or unset DOCKER_HOST), "
            + "or, when this tcp:// engine does run on this machine, say so with CHAOSBENCH_ENGINE_LOCAL=1");
    }
}
