using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;

namespace ChaosBench.Model.Kinds;

/// <summary>
/// The options of one kind as data: each public settable property is an option whose YAML key is its name in
/// kebab-case (<see cref="OptionKeyAttribute"/> overrides it). Computed once per type, it drives the YAML reader,
/// the JSON Schema, the validator's unknown and missing parameters, equality, copying and redaction, so none of them
/// lists a kind's parameters.
/// </summary>
public sealed class OptionsShape
{
    private static readonly ConcurrentDictionary<Type, OptionsShape> Shapes = new();

    private OptionsShape(Type type)
    {
        if (type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new InvalidOperationException($"{type.Name}: options need a public parameterless constructor, so YAML and C# can fill them alike");
        }

        Type = type;

        // Base classes' options first (target, pick), each class's in the order it declares them.
        Fields = [.. Hierarchy(type).SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.GetMethod?.IsPublic == true && p.SetMethod?.IsPublic == true && p.GetCustomAttribute<KindOptionsAttribute>() is null)
            .OrderBy(p => p.MetadataToken)
            .Select(p => new OptionField(p)))];
    }

    public Type Type { get; }

    /// <summary>The options, base classes' first, each class's in declaration order.</summary>
    public IReadOnlyList<OptionField> Fields { get; }

    public IEnumerable<string> Keys => Fields.Select(f => f.Key);

    public static OptionsShape Of(Type type) => Shapes.GetOrAdd(type, t => new OptionsShape(t));

    public static OptionsShape Of<T>() => Of(typeof(T));

    /// <summary><c>WhenLog</c> → <c>when-log</c>.</summary>
    public static string KebabCase(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    public OptionField? Find(string key) => Fields.FirstOrDefault(f => f.Key == key);

    /// <summary>Fresh options with every default.</summary>
    public object Create() => Activator.CreateInstance(Type)!;

    /// <summary>Whether two options of this type hold the same values, lists and maps compared by content.</summary>
    public bool Same(object a, object b) => a.GetType() == b.GetType() && Fields.All(f => f.Type.Same(f.Get(a), f.Get(b)));

    /// <summary>A deep copy: a scenario keeps options nobody else can change.</summary>
    public object Copy(object options) => Rebuild(options, (f, v) => f.Type.Copy(v));

    /// <summary>A copy with every text passed through <paramref name="text"/>.</summary>
    public object MapTexts(object options, Func<string, string> text) => Rebuild(options, (f, v) => f.Type.MapTexts(v, text));

    /// <summary>The keys whose value is given: not null, and not an empty list or mapping.</summary>
    public IEnumerable<string> Given(object options) => Fields.Where(f => f.IsGiven(options)).Select(f => f.Key);

    /// <summary>The JSON Schema of a mapping of these options, or of <paramref name="fields"/> (of this and other shapes).</summary>
    public JsonObject Schema(IEnumerable<OptionField>? fields = null)
    {
        var chosen = (fields ?? Fields).ToList();
        var schema = new JsonObject { ["type"] = "object" };
        var required = chosen.Where(f => f.IsRequired).Select(f => (JsonNode?)JsonValue.Create(f.Key)).ToArray();
        if (required.Length > 0)
        {
            schema["required"] = new JsonArray(required);
        }

        schema["properties"] = new JsonObject(chosen.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)f.Schema())));
        schema["additionalProperties"] = false;
        return schema;
    }

    private object Rebuild(object options, Func<OptionField, object?, object?> value)
    {
        var copy = Create();
        foreach (var field in Fields)
        {
            field.Set(copy, value(field, field.Get(options)));
        }

        return copy;
    }

    private static IEnumerable<Type> Hierarchy(Type type) =>
        type.BaseType is { } parent && parent != typeof(object) ? [.. Hierarchy(parent), type] : [type];

    /// <summary>A list or mapping counts as not given when empty.</summary>
    internal static bool IsGiven(object? value) => value switch
    {
        null => false,
        ICollection collection => collection.Count > 0,
        _ => true,
    };
}
