using System.Text.Json.Nodes;

namespace ChaosBench.Model.Kinds.Values;

/// <summary>Text, as written; optionally one of a few values (<see cref="System.ComponentModel.DataAnnotations.AllowedValuesAttribute"/>).</summary>
/// <param name="schema">The JSON Schema of a value, when it says more than "a string" (a pick may be a number).</param>
public sealed class TextType(IReadOnlyList<string>? allowed = null, JsonObject? schema = null) : ScalarType
{
    public static TextType Any { get; } = new();

    public override object? Parse(string text, string key, out OptionProblem? problem)
    {
        problem = null;
        return text;
    }

    public override JsonObject Schema() => schema is not null ? (JsonObject)schema.DeepClone()
        : allowed is null
        ? new JsonObject { ["type"] = "string" }
        : new JsonObject { ["enum"] = new JsonArray([.. allowed.Select(a => (JsonNode?)JsonValue.Create(a))]) };

    public override object? MapTexts(object? value, Func<string, string> text) => value is string s ? text(s) : value;
}
