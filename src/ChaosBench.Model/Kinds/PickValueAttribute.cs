using System.Text.Json.Nodes;
using ChaosBench.Model.Kinds.Values;

namespace ChaosBench.Model.Kinds;

/// <summary><c>pick</c>: random, all, leader, rolling, or a member number, which YAML reads as a number.</summary>
public sealed class PickValueAttribute : OptionValueAttribute
{
    private static readonly TextType Pick = new(schema: new JsonObject
    {
        ["anyOf"] = new JsonArray(new JsonObject { ["enum"] = new JsonArray("random", "all", "leader", TargetOptions.Rolling) }, new JsonObject { ["type"] = "integer", ["minimum"] = 1 }),
    });

    public override OptionType Type => Pick;
}
