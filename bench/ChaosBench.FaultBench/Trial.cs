namespace ChaosBench.FaultBench;

/// <summary>One kill: which path, from the request until the process table (direct) or the engine (API) showed it dead, and until the engine did.</summary>
internal sealed record Trial(string Path, TimeSpan Dead, TimeSpan EngineDead, int Processes);
