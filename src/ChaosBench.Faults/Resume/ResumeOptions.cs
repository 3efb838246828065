using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Resume;

/// <summary><c>resume: { target: previous }</c>: thaws paused members.</summary>
public sealed class ResumeOptions : TargetOptions;
