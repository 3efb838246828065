using System.Buffers;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Reading;

/// <summary>From a file's bytes to its one YAML mapping, reporting what stops it from being one.</summary>
internal static class SourceText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The most a scenario, Compose or .env file may hold: far more than any needs, little enough to load.</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>The file's first <see cref="MaxBytes"/> + 1 bytes: enough for <see cref="Decode"/> to tell it is too large, without reading it all.</summary>
    public static byte[] Read(string path)
    {
        using var file = File.OpenRead(path);
        var bytes = new byte[Math.Min(file.Length, MaxBytes + 1)];
        file.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>The text of <paramref name="bytes"/>, or null after reporting that it is too large or the first byte that is not UTF-8.</summary>
    public static string? Decode(ReadContext context, byte[] bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            context.Errors.Add(new LocatedError(context.File, 1, 1, $"the file is larger than {MaxBytes >> 20} MiB", "a scenario, Compose or .env file is at most 1 MiB: check that this is the file you meant"));
            return null;
        }

        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes.AsSpan(offset), out _, out var consumed) != OperationStatus.Done)
            {
                var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(0, offset - 1)) + 1;
                var line = bytes.AsSpan(0, offset).Count((byte)'\n') + 1;
                var column = Utf8.GetString(bytes, lineStart, offset - lineStart).Length + 1;
                context.Errors.Add(new LocatedError(context.File, line, column, $"byte 0x{bytes[offset]:X2} is not UTF-8", "save the file as UTF-8"));
                return null;
            }

            offset += consumed;
        }

        return Utf8.GetString(bytes).TrimStart('\uFEFF');
    }

    /// <summary>What a scenario is called in errors, and how one starts.</summary>
    public static (string Noun, string Start) Scenario { get; } = ("a scenario", "start with 'name:', 'duration:' and 'services:'; see docs/scenario-format.md");

    /// <summary>
    /// The top-level mapping of <paramref name="text"/>, or null after reporting why there is none; errors call the
    /// file <paramref name="kind"/>'s noun and say how such a file starts.
    /// </summary>
    public static YamlMappingNode? Parse(ReadContext context, string text, (string Noun, string Start) kind)
    {
        var stream = new YamlStream();
        var parser = new GuardedParser(text);
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e) when (parser.TooDeep)
        {
            var position = Position.Of(e.Start);
            context.Errors.Add(new LocatedError(context.File, position.Line, position.Column, e.Message, "flatten the structure: no scenario or Compose file needs this depth"));
            return null;
        }
        catch (YamlException e)
        {
            var position = Position.Of(e.Start);
            var (message, fix) = e.Message.StartsWith("Duplicate key ", StringComparison.Ordinal)
                ? ($"'{Excerpt.Of(e.Message["Duplicate key ".Length..])}' appears twice", "keep one of them")
                : ($"invalid YAML: {char.ToLowerInvariant(e.Message[0])}{e.Message[1..].TrimEnd('.')}", "check the indentation (spaces, not tabs) and quote values that contain ': ' or ' #'");
            context.Errors.Add(new LocatedError(context.File, position.Line, position.Column, message, fix));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's own failure on a few malformed inputs (e.g. '{ a: b }*c:'): where it stopped is the best place.
            var position = parser.Last is { } last ? Position.Of(last.Start) : Position.Start;
            context.Errors.Add(new LocatedError(context.File, position.Line, position.Column, "invalid YAML here: the YAML reader cannot read on", "check the brackets, quotes and '*' or '&' that follow; quote values that contain '{', '[', ': ' or ' #'"));
            return null;
        }

        var root = stream.Documents.FirstOrDefault()?.RootNode;
        if (root is null || Nodes.IsNull(root))
        {
            context.Errors.Add(new LocatedError(context.File, 1, 1, "the file is empty", kind.Start));
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            context.Error(stream.Documents[1].RootNode, string.Empty, $"{kind.Noun} file holds one YAML document, and this is a second one", "remove the '---' line, or move what follows to a file of its own");
        }

        if (root is not YamlMappingNode map)
        {
            context.Error(root, string.Empty, $"{kind.Noun} must be a mapping of keys, not {Nodes.Describe(root)}", kind.Start);
            return null;
        }

        return map;
    }
}
