using System.Text.Json.Nodes;

namespace ChaosBench.Tests.Cli;

/// <summary>The run records a <c>chaosbench run --out FOLDER</c> of several scenarios wrote, and what a test reads from one of them.</summary>
internal static class RunRecords
{
    /// <summary>Every <c>run.json</c> in the run folders under <paramref name="output"/>.</summary>
    public static async Task<List<JsonNode>> ReadAsync(string output)
    {
        var records = new List<JsonNode>();
        foreach (var folder in Directory.GetDirectories(output))
        {
            records.Add(JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "run.json")))!);
        }

        return records;
    }

    /// <summary>The one record of <paramref name="scenario"/>.</summary>
    public static JsonNode Of(List<JsonNode> records, string scenario) =>
        records.Single(r => r["scenario"]!.GetValue<string>() == scenario);

    /// <summary>The details of <paramref name="scenario"/>'s timeline events of <paramref name="kind"/>, in order.</summary>
    public static IEnumerable<string> Timeline(List<JsonNode> records, string scenario, string kind) =>
        Of(records, scenario)["timeline"]!.AsArray()
            .Where(e => e!["kind"]!.GetValue<string>() == kind)
            .Select(e => e!["detail"]!.GetValue<string>());

    /// <summary><paramref name="scenario"/>'s verdicts.</summary>
    public static IEnumerable<JsonNode> Verdicts(List<JsonNode> records, string scenario) =>
        Of(records, scenario)["verdicts"]!.AsArray().Select(v => v!);
}
