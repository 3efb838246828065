namespace ChaosBench.LinearizabilityBench;

/// <summary>One shape's figures, sent by the child process that measured them to the parent as one JSON line.</summary>
/// <param name="Operations">Operations generated (each an invocation with its completion, if any).</param>
/// <param name="Runs">Timed checks of the clean history after the warm-up.</param>
/// <param name="CpuSeconds">Processor time (all threads) per timed check: what the check costs when the machine is shared.</param>
/// <param name="Outcome">The clean history's verdict: passed, or unknown when the budget ran out.</param>
/// <param name="AllocatedPerCheck">Bytes allocated per check on the checking thread.</param>
/// <param name="PeakBytes">Peak resident set while checking (histories included), or of the whole child when
/// <paramref name="PeakIsolated"/> is false because the kernel would not reset the peak.</param>
/// <param name="StaleSeconds">The stale variant's check, narrowing the violation included; null for shapes without one.</param>
/// <param name="StaleNamed">Whether the stale variant failed naming the planted read and its key.</param>
/// <param name="Problems">Every way a verdict differed from the expected one; empty when all were right.</param>
internal sealed record Measurement(
    string Shape, int Operations, int Keys, int Clients, int Runs, double BestSeconds, double MedianSeconds, double CpuSeconds, string Outcome,
    long AllocatedPerCheck, long HistoryBytes, long PeakBytes, bool PeakIsolated, double? StaleSeconds, bool StaleNamed, IReadOnlyList<string> Problems);
