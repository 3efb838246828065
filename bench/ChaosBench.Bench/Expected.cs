namespace ChaosBench.Bench;

/// <summary>
/// What <c>no-lost-writes</c> must report on a generated history, counted by the generator from what it
/// planned, never by running the checker's own logic.
/// </summary>
internal sealed record Expected(int Acknowledged, int Failed, int Indeterminate, int Keys, int Lost);
