namespace ChaosBench.NetworkBench;

/// <summary>The benchmark could not measure: etcd did not come up, a put failed, the image is missing. The message names the fix.</summary>
internal sealed class BenchFailedException(string message, Exception? inner = null) : Exception(message, inner);
