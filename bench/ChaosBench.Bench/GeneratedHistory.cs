using ChaosBench.Model.History;

namespace ChaosBench.Bench;

/// <summary>A generated history and the verdict's counts it must produce.</summary>
internal sealed record GeneratedHistory(History History, Expected Expected);
