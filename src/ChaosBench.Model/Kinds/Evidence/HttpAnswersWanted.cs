namespace ChaosBench.Model.Kinds.Evidence;

/// <summary>
/// <paramref name="Url"/> (with <c>{SERVICE}</c> and saved values) asked after the recovery until it answers
/// <paramref name="Until"/> or <paramref name="Within"/> is over; each answer is an <c>http-status</c> timeline entry.
/// </summary>
public sealed record HttpAnswersWanted(string Url, int Until, TimeSpan Within, IReadOnlyDictionary<string, string> Headers) : EvidenceWant;
