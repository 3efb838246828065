namespace ChaosBench.Bench;

/// <summary>One size's figures, sent by the child process that measured them to the parent as one JSON line.</summary>
/// <param name="Size">The size asked for; <paramref name="Ops"/> is the exact count generated.</param>
/// <param name="BestSeconds">The fastest of <paramref name="Runs"/> timed checks after a warm-up.</param>
/// <param name="AllocatedPerCheck">Bytes the checker allocates per check.</param>
/// <param name="HistoryBytes">Managed heap after generating the history, before checking: what the history holds.</param>
/// <param name="PeakBytes">Peak resident set while checking (history included), or of the whole child when
/// <paramref name="PeakIsolated"/> is false because the kernel would not reset the peak.</param>
/// <param name="LostPlanted">Acknowledged writes the lossy variant destroys.</param>
/// <param name="LostFound">What the checker reported lost on the lossy variant.</param>
/// <param name="Problems">Every way a verdict differed from the expected one; empty when both were right.</param>
internal sealed record Measurement(
    int Size, int Ops, int Keys, int Runs, double BestSeconds, double MedianSeconds, long AllocatedPerCheck,
    long HistoryBytes, long PeakBytes, bool PeakIsolated, int LostPlanted, int LostFound, IReadOnlyList<string> Problems);
