using ChaosBench.Model.Kinds.Values;

namespace ChaosBench.Model.Kinds;

/// <summary>A <see cref="double"/> from 0 to 1: an error rate, a probability.</summary>
public sealed class ShareAttribute : OptionValueAttribute
{
    private static readonly NumberType Share = new(share: true);

    public override OptionType Type => Share;
}
