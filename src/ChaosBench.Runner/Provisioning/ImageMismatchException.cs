namespace ChaosBench.Runner.Provisioning;

/// <summary>A replay found a different image than the recorded run used: the replay would not be the same run.</summary>
public sealed class ImageMismatchException(string reference, string expected, string actual)
    : Exception($"image '{reference}' is now {actual}, but the recorded run used {expected}; fix: rebuild or load the recorded image, or run the scenario afresh instead of replaying")
{
    public string Reference { get; } = reference;
}
