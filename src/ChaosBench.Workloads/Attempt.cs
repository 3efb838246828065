namespace ChaosBench.Workloads;

/// <summary>How a transaction attempt of <see cref="AppendWorkload"/> ended, for the client: committed, rolled back on a connection still fit to use, or with the connection dropped.</summary>
internal enum Attempt
{
    Committed,
    RolledBack,
    Broken,
}
