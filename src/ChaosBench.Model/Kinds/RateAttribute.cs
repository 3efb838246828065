using ChaosBench.Model.Kinds.Values;

namespace ChaosBench.Model.Kinds;

/// <summary>A <see cref="double"/> of operations per second, written <c>200/s</c> or <c>12000/m</c>.</summary>
public sealed class RateAttribute : OptionValueAttribute
{
    public override OptionType Type => RateType.Instance;
}
