namespace ChaosBench.ElleBench;

/// <summary>One size's figures, sent by the child process that measured them to the parent as one JSON line.</summary>
/// <param name="Size">Transactions generated.</param>
/// <param name="Ops">Ops in the history: invocations and completions.</param>
/// <param name="Lists">Distinct lists the transactions used.</param>
/// <param name="Runs">Timed checks per level, after one warm-up each.</param>
/// <param name="BestSeconds">The fastest serializable check.</param>
/// <param name="MedianSeconds">The median serializable check.</param>
/// <param name="CpuSeconds">Processor time of the whole process per serializable check, the garbage collector's included: on a shared machine, less at the mercy of other work than wall time.</param>
/// <param name="StrictBestSeconds">The fastest strict-serializable check (real-time edges too).</param>
/// <param name="AllocatedPerCheck">Bytes a serializable check allocates.</param>
/// <param name="HistoryBytes">Managed heap after generating the history, before checking: what the history holds.</param>
/// <param name="PeakBytes">Peak resident set while checking, history included; of the whole child when <paramref name="PeakIsolated"/> is false.</param>
/// <param name="LostPlanted">Dropped acknowledged appends a later read should have shown, in the lossy variant.</param>
/// <param name="LostFound">What the strict check called lost there.</param>
/// <param name="Problems">Every way a verdict differed from the expected one; empty when all were right.</param>
internal sealed record Measurement(
    int Size, int Ops, int Lists, int Runs, double BestSeconds, double MedianSeconds, double CpuSeconds, double StrictBestSeconds, long AllocatedPerCheck,
    long HistoryBytes, long PeakBytes, bool PeakIsolated, int LostPlanted, int LostFound, IReadOnlyList<string> Problems);
