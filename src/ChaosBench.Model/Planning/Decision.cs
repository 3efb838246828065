namespace ChaosBench.Model.Planning;

/// <summary>One random (or run-time) choice and what it could have been, for the run record's decision log.</summary>
public sealed record Decision(string Step, string Choice, IReadOnlyList<string> Options);
