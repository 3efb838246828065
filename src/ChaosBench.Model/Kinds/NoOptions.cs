namespace ChaosBench.Model.Kinds;

/// <summary>The options of a kind that has none of its own.</summary>
public sealed class NoOptions;
