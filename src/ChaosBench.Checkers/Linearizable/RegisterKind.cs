namespace ChaosBench.Checkers.Linearizable;

/// <summary>What a register operation does: a read (a final read too), a write, or a compare-and-set.</summary>
internal enum RegisterKind : byte
{
    Read,
    Write,
    Cas,
}
