namespace ChaosBench.Model.Kinds.Values;

/// <summary>Why a value is not one of its option's type, and how to write it.</summary>
public sealed record OptionProblem(string Message, string Fix);
