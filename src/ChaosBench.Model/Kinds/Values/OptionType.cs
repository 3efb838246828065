using System.Text.Json.Nodes;

namespace ChaosBench.Model.Kinds.Values;

/// <summary>
/// How the values of one option are written and compared: what YAML text stands for, the JSON Schema that describes
/// it, equality and copying. <see cref="OptionsShape"/> picks one per property from its CLR type and attributes.
/// </summary>
public abstract class OptionType
{
    /// <summary>The JSON Schema of one value.</summary>
    public abstract JsonObject Schema();

    /// <summary>Whether two values are the same; collections compare by content.</summary>
    public virtual bool Same(object? a, object? b) => Equals(a, b);

    /// <summary>A copy nobody else holds: scalars are immutable and returned as they are.</summary>
    public virtual object? Copy(object? value) => value;

    /// <summary>The value with every text in it passed through <paramref name="text"/> (redaction).</summary>
    public virtual object? MapTexts(object? value, Func<string, string> text) => value;
}
