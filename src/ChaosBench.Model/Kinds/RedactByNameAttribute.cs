namespace ChaosBench.Model.Kinds;

/// <summary>A mapping (request headers) whose values are hidden when their name is a secret's (<c>Authorization</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RedactByNameAttribute : Attribute;
