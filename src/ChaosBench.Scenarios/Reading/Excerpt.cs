using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Reading;

/// <summary>
/// How much of a file an error may quote: at most <see cref="MaxLength"/> characters of it. A message names a
/// place and a fix; it is no way to print what a file holds (a line of a key file, a secret in a .env).
/// </summary>
internal static class Excerpt
{
    /// <summary>The most characters of a file one error quotes.</summary>
    public const int MaxLength = 60;

    /// <summary><paramref name="text"/> as an error quotes it: whole when short, else its start and "…".</summary>
    public static string Of(string text) => text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength - 1), "…");

    /// <summary><paramref name="message"/> with the text of <paramref name="node"/> (a scalar or a key), wherever it is quoted, cut to an excerpt.</summary>
    public static string? Within(string? message, YamlNode node) => Within(message, (node as YamlScalarNode)?.Value);

    /// <summary><paramref name="message"/> with <paramref name="text"/>, wherever it is quoted, cut to an excerpt.</summary>
    public static string? Within(string? message, string? text) =>
        message is null || text is not { Length: > MaxLength } ? message : message.Replace(text, Of(text), StringComparison.Ordinal);
}
