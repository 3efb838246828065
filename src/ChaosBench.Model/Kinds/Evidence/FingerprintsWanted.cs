namespace ChaosBench.Model.Kinds.Evidence;

/// <summary>
/// The volumes of each member of <paramref name="Service"/> hashed before it is started again and after the
/// recovery, recorded as <c>fingerprint</c> entries (<c>before HASH</c>, <c>after HASH</c>).
/// </summary>
public sealed record FingerprintsWanted(string Service) : EvidenceWant;
