namespace ChaosBench.Model.Kinds;

/// <summary>The YAML key of an option, when it is not the property's name in kebab-case.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OptionKeyAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}
