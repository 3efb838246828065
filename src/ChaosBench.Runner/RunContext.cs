using ChaosBench.Engine.Cleanup;
using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Planning;
using ChaosBench.PowerLoss;

namespace ChaosBench.Runner;

/// <summary>What every phase of one run shares, made once when the run starts.</summary>
internal sealed record RunContext(Scenario Scenario, RunSettings Settings, Plan Plan, RunResources Run, RunMounts Mounts, RunRecorder Recorder, History History, RunState State);
