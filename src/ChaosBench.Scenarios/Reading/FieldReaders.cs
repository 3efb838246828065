using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Reading;

/// <summary>The keys a YAML mapping may hold, each with how it fills <typeparamref name="T"/>; its keys are the valid keys.</summary>
internal sealed class FieldReaders<T> : Dictionary<string, Action<ReadContext, YamlNode, string, T>>
{
    public FieldReaders()
        : base(StringComparer.Ordinal)
    {
    }
}
