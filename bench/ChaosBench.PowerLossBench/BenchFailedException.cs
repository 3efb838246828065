namespace ChaosBench.PowerLossBench;

/// <summary>The benchmark could not measure: etcd did not come up, a put failed, the image or root is missing. The message names the variant and the fix.</summary>
internal sealed class BenchFailedException(string message, Exception? inner = null) : Exception(message, inner);
