using System.Text.Json.Nodes;

namespace ChaosBench.Model.Kinds.Values;

/// <summary>An options object inside an options object, written as a YAML mapping of its own keys (http-kv's <c>http</c>).</summary>
public sealed class NestedType(OptionsShape shape) : OptionType
{
    public OptionsShape Shape { get; } = shape;

    public override JsonObject Schema() => Shape.Schema();

    public override bool Same(object? a, object? b) => a is null || b is null ? a is null && b is null : Shape.Same(a, b);

    public override object? Copy(object? value) => value is null ? null : Shape.Copy(value);

    public override object? MapTexts(object? value, Func<string, string> text) => value is null ? null : Shape.MapTexts(value, text);
}
