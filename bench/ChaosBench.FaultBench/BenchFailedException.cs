namespace ChaosBench.FaultBench;

/// <summary>The benchmark could not measure: no image, a container that did not come up, a kill that did not take. The message says the fix.</summary>
internal sealed class BenchFailedException(string message, Exception? inner = null) : Exception(message, inner);
