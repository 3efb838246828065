namespace ChaosBench.Engine.Cleanup;

/// <summary>The labels every object the harness creates carries, so it can always be found and removed.</summary>
public static class RunLabels
{
    /// <summary>The run the object belongs to.</summary>
    public const string Run = "chaosbench.run";

    /// <summary><c>pid@host</c> of the harness process that created it, with the full host name.</summary>
    public const string Owner = "chaosbench.owner";

    /// <summary>The owner's start time in clock ticks since boot, so a reused pid is not mistaken for the owner.</summary>
    public const string OwnerStart = "chaosbench.owner-start";

    /// <summary>The boot of the owner's host it ran in (<c>/proc/sys/kernel/random/boot_id</c>), so an earlier boot's runs count as dead.</summary>
    public const string OwnerBoot = "chaosbench.owner-boot";

    /// <summary>The labels for an object of run <paramref name="runId"/> owned by <paramref name="owner"/>.</summary>
    public static IReadOnlyDictionary<string, string> For(string runId, RunOwner owner, IReadOnlyDictionary<string, string>? extra = null)
    {
        var labels = new Dictionary<string, string>(extra ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            [Run] = runId,
            [Owner] = owner.Id,
            [OwnerStart] = owner.StartTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [OwnerBoot] = owner.BootId,
        };
        return labels;
    }
}
