namespace ChaosBench.NUnit;

/// <summary>No ChaosBench checkout (a folder holding <c>fixtures/images</c>) was named or found; the message says what to set.</summary>
public sealed class HarnessHomeNotFoundException(IReadOnlyList<string> searched)
    : Exception($"no ChaosBench checkout (a folder holding fixtures/images) in CHAOSBENCH_HOME or above {string.Join(", ", searched)}; fix: set the environment variable CHAOSBENCH_HOME to the checkout, or ChaosOptions.Home")
{
    /// <summary>The folders whose ancestors were searched.</summary>
    public IReadOnlyList<string> Searched { get; } = searched;
}
