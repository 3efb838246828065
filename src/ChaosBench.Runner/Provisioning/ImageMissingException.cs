namespace ChaosBench.Runner.Provisioning;

/// <summary>An image the scenario names is not on the engine, and nothing was given to load or pull it from.</summary>
public sealed class ImageMissingException(string reference)
    : Exception($"{reference} is not on the engine; {ImageAdvice.WaysToProvide(reference)}")
{
    public string Reference { get; } = reference;
}
