using ChaosBench.Model.Options;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Reading;

/// <summary><c>images:</c>, by image reference: <c>"qdrant/qdrant:v1.13.4": { tarball: images/qdrant-v1.13.4.tar }</c>.</summary>
internal static class ImageReader
{
    private const string Example = "{ \"qdrant/qdrant:v1.13.4\": { tarball: images/qdrant-v1.13.4.tar } }";

    public static FieldReaders<ImageSourceOptions> Fields { get; } = new()
    {
        ["tarball"] = (c, node, path, i) => i.Tarball = c.Text(node, path),
        ["use"] = (c, node, path, i) => i.Use = c.Text(node, path),
    };

    public static void ReadAll(ReadContext context, YamlNode node, string path, Dictionary<string, ImageSourceOptions> images)
    {
        if (context.Mapping(node, path, Example) is not { } map)
        {
            return;
        }

        foreach (var (reference, _, value, sourcePath) in context.Entries(map, path))
        {
            var source = images[reference] = new ImageSourceOptions();
            if (value is YamlMappingNode fields)
            {
                context.Fill(fields, sourcePath, Fields, source, $"the source of image '{reference}'");
            }
            else
            {
                // The reference holds dots and colons, so the generic message would name a fragment of it.
                context.Error(value, sourcePath, $"the source of image '{reference}' must be a mapping, not {Nodes.Describe(value)}", $"write e.g. '\"{reference}\": {{ tarball: FILE.tar }}'");
            }
        }
    }
}
