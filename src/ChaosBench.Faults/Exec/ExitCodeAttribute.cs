using System.Text.Json.Nodes;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Kinds.Values;

namespace ChaosBench.Faults.Exec;

/// <summary>An exit code, which YAML reads as a number, or <c>any</c>.</summary>
public sealed class ExitCodeAttribute : OptionValueAttribute
{
    private static readonly TextType Exit = new(schema: new JsonObject
    {
        ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "integer" }, new JsonObject { ["enum"] = new JsonArray("any") }),
    });

    public override OptionType Type => Exit;
}
