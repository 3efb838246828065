using System.Collections;
using System.Text.Json.Nodes;

namespace ChaosBench.Model.Kinds.Values;

/// <summary>A mapping of names to values of one type (<see cref="Dictionary{TKey, TValue}"/> by string), written as a YAML mapping.</summary>
public sealed class MapType(Type clr, OptionType element) : OptionType
{
    public OptionType Element { get; } = element;

    /// <summary>A new, empty mapping of the property's type, to add read entries to.</summary>
    public IDictionary Create() => (IDictionary)Activator.CreateInstance(clr)!;

    public override JsonObject Schema() => new() { ["type"] = "object", ["additionalProperties"] = Element.Schema() };

    public override bool Same(object? a, object? b) =>
        a is IDictionary x && b is IDictionary y
            ? x.Count == y.Count && x.Keys.Cast<object>().All(k => y.Contains(k) && Element.Same(x[k], y[k]))
            : a is null && b is null;

    public override object? Copy(object? value) => Rebuild(value, Element.Copy);

    public override object? MapTexts(object? value, Func<string, string> text) => Rebuild(value, v => Element.MapTexts(v, text));

    private IDictionary? Rebuild(object? value, Func<object?, object?> entry)
    {
        if (value is not IDictionary entries)
        {
            return null;
        }

        var copy = Create();
        foreach (DictionaryEntry e in entries)
        {
            copy[e.Key] = entry(e.Value);
        }

        return copy;
    }
}
