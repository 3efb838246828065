using System.Text.Json.Nodes;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Kinds.Values;
using ChaosBench.PowerLoss;

namespace ChaosBench.Faults.TornWrite;

/// <summary>A <see cref="TearGranularity"/> written as a disk's block size: <c>512</c>, <c>4096</c> or <c>byte</c>.</summary>
public sealed class GranularityAttribute : OptionValueAttribute
{
    private static readonly GranularityType Granularity = new();

    public override OptionType Type => Granularity;

    private sealed class GranularityType : ScalarType
    {
        public override object? Parse(string text, string key, out OptionProblem? problem)
        {
            problem = null;
            switch (text)
            {
                case "512":
                    return TearGranularity.Sector;
                case "4096":
                    return TearGranularity.Page;
                case "byte":
                    return TearGranularity.Byte;
                default:
                    problem = new($"unknown {key} '{text}'", "512 (a sector, the default), 4096 (a page) or byte");
                    return null;
            }
        }

        public override JsonObject Schema() => new() { ["enum"] = new JsonArray(512, 4096, "byte") };
    }
}
