using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Links;

/// <summary>
/// A fault kind that shapes the link between the workload and its target's members. Before the workload starts, the
/// runner puts a <see cref="ClientLinks"/> proxy in front of every member such a fault names, and the workload's
/// connections to those members go through it for the whole run.
/// </summary>
public interface IClientLinkFault : IGroupFault;
