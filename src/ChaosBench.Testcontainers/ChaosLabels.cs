using DotNet.Testcontainers.Builders;

namespace ChaosBench.Testcontainers;

/// <summary>The harness's labels on what a Testcontainers builder makes, so its cleanup and sweep cover it.</summary>
public static class ChaosLabels
{
    /// <summary>
    /// Adds <paramref name="session"/>'s labels (run, owner) to a container, network or volume builder. Without
    /// Testcontainers' reaper (<c>TESTCONTAINERS_RYUK_DISABLED=true</c> where no registry serves its image), these
    /// labels are what removes a killed test's leftovers: the next harness start sweeps objects whose owner is gone.
    /// </summary>
    public static TBuilder WithChaosLabels<TBuilder, TResource, TCreate>(this IAbstractBuilder<TBuilder, TResource, TCreate> builder, ChaosSession session)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(session);
        var labelled = (TBuilder)builder;
        foreach (var (name, value) in session.Labels)
        {
            labelled = ((IAbstractBuilder<TBuilder, TResource, TCreate>)labelled!).WithLabel(name, value);
        }

        return labelled;
    }
}
