using ChaosBench.Model.Options;
using ChaosBench.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Compose;

/// <summary>
/// <c>healthcheck</c> as a readiness probe: the test becomes <see cref="ReadyOptions.Exec"/>, and the time Compose
/// would wait before calling the service unhealthy, <c>start_period + retries × (interval + timeout)</c>, becomes
/// <see cref="ReadyOptions.Within"/>; Compose's defaults are 30s, 30s, 3 and 0.
/// </summary>
internal static class ComposeHealthcheck
{
    private static readonly FieldReaders<Check> Fields = new()
    {
        ["test"] = (c, node, path, h) => (h.Test, h.TestNode) = (Test(c, node, path), node),
        ["interval"] = (c, node, path, h) => h.Interval = Duration(c, node, path) ?? h.Interval,
        ["timeout"] = (c, node, path, h) => h.Timeout = Duration(c, node, path) ?? h.Timeout,
        ["retries"] = (c, node, path, h) => h.Retries = Retries(c, node, path) ?? h.Retries,
        ["start_period"] = (c, node, path, h) => h.StartPeriod = Duration(c, node, path) ?? h.StartPeriod,

        // The pace of probes while starting: ChaosBench probes at its own pace, and the wait does not depend on it.
        ["start_interval"] = (c, node, path, _) => Duration(c, node, path),
        ["disable"] = (c, node, path, h) => h.Disable = c.Flag(node, path) ?? false,
    };

    public static void Read(ReadContext context, YamlNode node, string path, ComposeService service)
    {
        if (context.Mapping(node, path, "{ test: [CMD, pg_isready], interval: 5s }") is not { } map)
        {
            return;
        }

        var check = new Check();
        ComposeKeys.Fill(context, map, path, Fields, check, $"in the healthcheck of service '{service.Name}'");
        var ready = ComposeServiceReader.Option(path, "ready");
        context.Map.Add(ready, node);
        if (check.Disable && check.TestNode is not null)
        {
            context.Error(check.TestNode, path, "a healthcheck has either 'test' or 'disable: true'", "remove one of them");
        }
        else if (check.TestNode is null && !check.Disable)
        {
            context.Error(map, path, "a healthcheck needs a 'test' here: the image's own HEALTHCHECK is not read", "write e.g. 'test: [CMD, pg_isready]', or 'disable: true'");
        }
        else if (check.Test is { Count: > 0 } exec)
        {
            context.Map.Add(Paths.Child(ready, "exec"), check.TestNode!);
            service.Options.Ready = new ReadyOptions { Exec = exec, Within = check.StartPeriod + (check.Retries * (check.Interval + check.Timeout)) };
        }
    }

    /// <summary><c>[CMD, ...]</c>, <c>[CMD-SHELL, "..."]</c> or a string (a shell command); <c>[NONE]</c> is no probe (empty).</summary>
    private static List<string>? Test(ReadContext context, YamlNode node, string path)
    {
        if (node is YamlScalarNode)
        {
            return context.Text(node, path) is { } shell ? ["sh", "-c", shell] : Missing(context, node, path);
        }

        switch (context.TextList(node, path, "[CMD, pg_isready]"))
        {
            case null:
                return null;
            case ["NONE"]:
                return [];
            case ["CMD", _, ..] test:
                return test[1..];
            case ["CMD-SHELL", var shell]:
                return ["sh", "-c", shell];
            default:
                return Missing(context, node, path);
        }
    }

    private static List<string>? Missing(ReadContext context, YamlNode node, string path)
    {
        context.Error(node, path, "test must be [CMD, command, args...], [CMD-SHELL, \"command\"], [NONE] or a shell command", "write e.g. 'test: [CMD, pg_isready, -U, postgres]'");
        return null;
    }

    /// <summary>A duration as Compose writes it (<c>1m30s</c>, <c>500ms</c>); Compose also takes a bare 0.</summary>
    private static TimeSpan? Duration(ReadContext context, YamlNode node, string path) =>
        node is YamlScalarNode { Value: "0" } ? TimeSpan.Zero : context.Duration(node, path);

    private static int? Retries(ReadContext context, YamlNode node, string path)
    {
        var retries = context.Whole<int>(node, path);
        if (retries < 0)
        {
            context.Error(node, path, $"retries must be 0 or more, not {retries}", "write e.g. 'retries: 3'");
            return null;
        }

        return retries;
    }

    private sealed class Check
    {
        public List<string>? Test { get; set; }

        public YamlNode? TestNode { get; set; }

        public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

        public int Retries { get; set; } = 3;

        public TimeSpan StartPeriod { get; set; }

        public bool Disable { get; set; }
    }
}
