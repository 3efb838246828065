namespace ChaosBench.Network.Proxy;

/// <summary>A toxic that cannot be added: every problem with it, in one message.</summary>
public sealed class InvalidToxicException(string proxy, string toxic, IReadOnlyList<string> problems)
    : ArgumentException($"proxy {proxy}: toxic {toxic}: {string.Join("; ", problems)}")
{
    public string Proxy { get; } = proxy;

    public string Toxic { get; } = toxic;

    public IReadOnlyList<string> Problems { get; } = problems;
}
