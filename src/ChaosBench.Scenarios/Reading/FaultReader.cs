using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Options;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Reading;

/// <summary>A fault: <c>at</c> plus exactly one key naming its kind, whose mapping holds the kind's options, <c>for</c> and <c>when-log</c>.</summary>
internal static class FaultReader
{
    public static FaultOptions Read(ReadContext context, YamlNode node, string path)
    {
        var kinds = context.Kinds.Faults;
        var fault = new FaultOptions();
        if (node is not YamlMappingNode map)
        {
            context.Error(node, path, $"a fault must be a mapping of 'at' and one kind, not {Nodes.Describe(node)}", "write e.g. '- at: 5s' and below it 'kill: { target: etcd }'");
            return fault;
        }

        var hasKind = map.Children.Keys.Any(k => k is YamlScalarNode { Value: { } key } && kinds.Find(key) is not null);
        foreach (var (key, keyNode, value, child) in context.Entries(map, path))
        {
            if (key == FaultKeys.At)
            {
                fault.At = context.Duration(value, child);
            }
            else if (kinds.Find(key) is not { } kind)
            {
                // Without a known kind, an unknown key is the kind mistyped, and the whole fault is in doubt.
                context.Error(keyNode, hasKind ? child : path, hasKind ? $"unknown key '{key}' in a fault" : $"unknown fault kind '{key}'", Names.Suggest(key, [FaultKeys.At, .. kinds.Names]));
            }
            else if (fault.Kind is null)
            {
                fault.Kind = key;
                fault.Options = OptionsShape.Of(kind.OptionsType).Create();
                if (context.Mapping(value, child, "{ target: etcd }") is { } body)
                {
                    ReadBody(context, kind, body, child, fault);
                }
            }
            else
            {
                context.Error(keyNode, child, $"a fault has one kind, and this one has {fault.Kind} and {key}", "split it into two faults, each with its own 'at'");
            }
        }

        if (fault.Kind is null && map.Children.Keys.All(k => k is YamlScalarNode { Value: FaultKeys.At }))
        {
            context.Error(map, path, "a fault needs a kind", $"add one of: {string.Join(", ", kinds.Names)}");
        }

        return fault;
    }

    /// <summary>The kind's options, and the timeline's own <c>for</c> and <c>when-log</c> where the kind takes them.</summary>
    private static void ReadBody(ReadContext context, IFaultKind kind, YamlMappingNode body, string path, FaultOptions fault)
    {
        var keys = FaultKeys.Of(kind);
        OptionsReader.Fill(context, OptionsShape.Of(kind.OptionsType), body, path, fault.Options!, kind.Name, (key, keyNode, value, child) =>
        {
            switch (key)
            {
                case FaultKeys.For when keys.Contains(key):
                    fault.For = context.Duration(value, child);
                    return true;
                case FaultKeys.WhenLog when keys.Contains(key):
                    fault.WhenLog = context.Text(value, child);
                    return true;
            }

            // A parameter of another kind: said as such, where its value is.
            if (kind.Refuses(key) is { } problem)
            {
                context.EntryError(keyNode, value, child, problem.Message, problem.Fix);
                return true;
            }

            if (context.Kinds.Faults.Any(k => FaultKeys.Of(k).Contains(key)))
            {
                context.EntryError(keyNode, value, child, $"{kind.Name} takes no '{key}'", FaultKeys.Takes(kind));
                return true;
            }

            return false;
        }, keys);
    }
}
