namespace ChaosBench.HarnessBench;

/// <summary>The bench could not measure, or a run's verdict was not the expected one: exit 1, never a finding.</summary>
internal sealed class BenchFailedException(string message) : Exception(message);
