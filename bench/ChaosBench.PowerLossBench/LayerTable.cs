using System.Globalization;
using ChaosBench.PowerLoss;

namespace ChaosBench.PowerLossBench;

/// <summary>The layer's own figures: its memory under 1 GiB of unsynced writes, and what an idle fault hook costs per call.</summary>
internal static class LayerTable
{
    public static void Print(TextWriter output, UnsyncedMemoryResult memory, IdleHookResult hook)
    {
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Unsynced memory: dd wrote 1 GiB without fsync through a layer with the default unsynced limit ({LayerOptions.DefaultUnsyncedLimit >> 20} MiB). " +
            $"Peak RSS {memory.PeakRss:N0} MiB (before: {memory.RssBefore:N0} MiB); target < {UnsyncedMemory.TargetMiB:N0} MiB: {(memory.PeakRss < UnsyncedMemory.TargetMiB ? "met" : "NOT MET")}. " +
            $"Afterwards the layer held {memory.HeldAfter:N0} MiB for {memory.UnsyncedAfter:N0} MiB unsynced, and {memory.WrittenBack:N0} MiB had been written back; " +
            $"layer errors: {(memory.Errors.Count == 0 ? "none" : string.Join("; ", memory.Errors))}."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Idle fault hook: {hook.IdleNanoseconds:0.0} ns per call with no fault injected ({hook.ArmedElsewhereNanoseconds:0.0} ns with one covering another path), " +
            $"{100 * hook.IdleNanoseconds / hook.RoundTripNanoseconds:0.000} % of a 4 KiB write's {hook.RoundTripNanoseconds / 1000:0.0} µs round trip through the layer."));
    }
}
