using System.Text.Json.Nodes;

namespace ChaosBench.Model.Kinds.Values;

/// <summary>One of an enum's members, written in kebab-case (<c>PowerLoss</c> is <c>power-loss</c>).</summary>
public sealed class EnumType(Type clr) : ScalarType
{
    private readonly Dictionary<string, object> _byKey = Enum.GetValues(clr).Cast<object>().ToDictionary(v => OptionsShape.KebabCase(v.ToString()!), v => v, StringComparer.Ordinal);

    public override object? Parse(string text, string key, out OptionProblem? problem)
    {
        problem = null;
        if (_byKey.TryGetValue(text, out var value))
        {
            return value;
        }

        problem = new($"unknown {key} '{text}'", Names.Suggest(text, _byKey.Keys));
        return null;
    }

    public override JsonObject Schema() => new() { ["enum"] = new JsonArray([.. _byKey.Keys.Select(k => (JsonNode?)JsonValue.Create(k))]) };
}
