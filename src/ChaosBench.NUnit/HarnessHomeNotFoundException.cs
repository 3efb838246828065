namespace ChaosBench.NUnit;

/// <summary>
/// No built-in recipes were found: none next to the test assembly (where the ChaosBench.Hosting package puts them),
/// no ChaosBench checkout (a folder holding <c>fixtures/images</c>) named or above; the message says what to set.
/// </summary>
public sealed class HarnessHomeNotFoundException(IReadOnlyList<string> searched)
    : Exception($"no built-in image recipes (fixtures/images) next to the test assembly, in CHAOSBENCH_HOME or above {string.Join(", ", searched)}; fix: reference the ChaosBench.NUnit package (it brings them into the output folder), or set the environment variable CHAOSBENCH_HOME or ChaosOptions.Home to a ChaosBench checkout")
{
    /// <summary>The folders whose ancestors were searched.</summary>
    public IReadOnlyList<string> Searched { get; } = searched;
}
