using ChaosBench.Model.Kinds.Values;

namespace ChaosBench.Model.Kinds;

/// <summary>A <see cref="long"/> number of bytes, written <c>4096</c>, <c>64k</c>, <c>10MiB</c> or <c>1GiB</c>.</summary>
public sealed class SizeAttribute : OptionValueAttribute
{
    public override OptionType Type => SizeType.Instance;
}
