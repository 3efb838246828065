using System.Collections;
using System.Text.Json.Nodes;

namespace ChaosBench.Model.Kinds.Values;

/// <summary>A list (<see cref="List{T}"/>) of values of one type, written as a YAML sequence.</summary>
public sealed class ListType(Type clr, OptionType element) : OptionType
{
    public OptionType Element { get; } = element;

    /// <summary>A new, empty list of the property's type, to add read items to.</summary>
    public IList Create() => (IList)Activator.CreateInstance(clr)!;

    public override JsonObject Schema() => new() { ["type"] = "array", ["items"] = Element.Schema() };

    public override bool Same(object? a, object? b) =>
        a is IList x && b is IList y ? x.Count == y.Count && Enumerable.Range(0, x.Count).All(i => Element.Same(x[i], y[i])) : a is null && b is null;

    public override object? Copy(object? value) => Rebuild(value, Element.Copy);

    public override object? MapTexts(object? value, Func<string, string> text) => Rebuild(value, v => Element.MapTexts(v, text));

    private IList? Rebuild(object? value, Func<object?, object?> item)
    {
        if (value is not IList items)
        {
            return null;
        }

        var copy = Create();
        foreach (var i in items)
        {
            copy.Add(item(i));
        }

        return copy;
    }
}
