namespace ChaosBench.Model.Kinds;

/// <summary>A value of the option as YAML writes it, offered in fixes: <c>[Example("/var/lib/etcd/member")]</c>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ExampleAttribute(string value) : Attribute
{
    public string Value { get; } = value;
}
