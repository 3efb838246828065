namespace ChaosBench.Model.Kinds;

/// <summary>Marks the property holding a kind's own options, whose keys sit beside the others': it is no option itself.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class KindOptionsAttribute : Attribute;
