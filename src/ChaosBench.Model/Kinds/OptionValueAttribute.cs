using ChaosBench.Model.Kinds.Values;

namespace ChaosBench.Model.Kinds;

/// <summary>Gives an option a value type its CLR type does not say: a rate, a share or a size is a number too.</summary>
[AttributeUsage(AttributeTargets.Property)]
public abstract class OptionValueAttribute : Attribute
{
    public abstract OptionType Type { get; }
}
