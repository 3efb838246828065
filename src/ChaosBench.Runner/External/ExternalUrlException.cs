namespace ChaosBench.Runner.External;

/// <summary>An external service has no usable URL: a variable its url names is not set, or gives no http(s) URL.</summary>
public sealed class ExternalUrlException(ExternalUrl url)
    : Exception($"external service '{url.Service}' has no URL: {url.Problem}")
{
    public ExternalUrl Url { get; } = url;
}
