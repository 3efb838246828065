namespace ChaosBench.Runner.Provisioning;

/// <summary>An image the scenario names is not on the engine, and no registry can be reached to pull it.</summary>
public sealed class ImageMissingException(string reference)
    : Exception($"image '{reference}' is not on the engine and is not a recipe; fix: load it with 'docker load -i FILE.tar' (or pull it where a registry answers), or use 'recipe:NAME' from fixtures/images")
{
    public string Reference { get; } = reference;
}
