namespace ChaosBench.Workloads;

/// <summary>The product did not serve before any fault: the run cannot say anything about recovery.</summary>
public sealed class SteadyStateException(string message, Exception? inner = null) : Exception(message, inner);
