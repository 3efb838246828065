using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using ChaosBench.Model.Kinds.Values;

namespace ChaosBench.Model.Kinds;

/// <summary>One option of an options class: its key, type, documentation, and whether it is required.</summary>
public sealed class OptionField
{
    internal OptionField(PropertyInfo property)
    {
        Property = property;
        Key = property.GetCustomAttribute<OptionKeyAttribute>()?.Key ?? OptionsShape.KebabCase(property.Name);
        Type = TypeOf(property.PropertyType, property);
        Description = property.GetCustomAttribute<DescriptionAttribute>()?.Description;
        var required = property.GetCustomAttribute<RequiredAttribute>();
        IsRequired = required is not null;
        RequiredMessage = required?.ErrorMessage;
        Example = property.GetCustomAttribute<ExampleAttribute>()?.Value;
        Range = property.GetCustomAttribute<RangeAttribute>();
        RedactByName = property.GetCustomAttribute<RedactByNameAttribute>() is not null;
    }

    /// <summary>The YAML key: the property's name in kebab-case, unless <see cref="OptionKeyAttribute"/> says otherwise.</summary>
    public string Key { get; }

    public PropertyInfo Property { get; }

    public OptionType Type { get; }

    /// <summary>From <see cref="DescriptionAttribute"/>: what the option means, for the schema and the docs.</summary>
    public string? Description { get; }

    /// <summary>From <see cref="RequiredAttribute"/>: the kind cannot do without it.</summary>
    public bool IsRequired { get; }

    /// <summary>The message when it is missing, <c>{0}</c> standing for the kind; null: "KIND needs 'KEY'".</summary>
    public string? RequiredMessage { get; }

    /// <summary>From <see cref="ExampleAttribute"/>: a value as YAML writes it, for fixes (<c>add e.g. 'path: /var/lib/etcd'</c>).</summary>
    public string? Example { get; }

    /// <summary>From <see cref="RangeAttribute"/>: the bounds of a number.</summary>
    public RangeAttribute? Range { get; }

    /// <summary>From <see cref="RedactByNameAttribute"/>: a mapping whose values are secret when their name is.</summary>
    public bool RedactByName { get; }

    public object? Get(object options) => Property.GetValue(options);

    public void Set(object options, object? value) => Property.SetValue(options, value);

    /// <summary>Given: not null, and not an empty list or mapping.</summary>
    public bool IsGiven(object options) => OptionsShape.IsGiven(Get(options));

    /// <summary>A line a fix can offer: <c>'path: /var/lib/etcd/member'</c>.</summary>
    public string Written => $"'{Key}: {Example ?? "..."}'";

    public JsonObject Schema()
    {
        var schema = Type.Schema();
        if (Range is { } range)
        {
            schema["minimum"] = JsonValue.Create(Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture));
            if (Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture) is var max && max < int.MaxValue)
            {
                schema["maximum"] = JsonValue.Create(max);
            }
        }

        if (Property.GetCustomAttribute<RegularExpressionAttribute>() is { } pattern)
        {
            schema["pattern"] = pattern.Pattern;
        }

        if (Description is { } description)
        {
            schema["description"] = description;
        }

        return schema;
    }

    private static OptionType TypeOf(Type type, PropertyInfo? property)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (property?.GetCustomAttribute<OptionValueAttribute>() is { } special)
        {
            return special.Type;
        }

        if (plain == typeof(string))
        {
            return property?.GetCustomAttribute<AllowedValuesAttribute>() is { } allowed ? new TextType([.. allowed.Values.Select(v => $"{v}")]) : TextType.Any;
        }

        if (plain.IsGenericType && plain.GetGenericTypeDefinition() == typeof(List<>))
        {
            return new ListType(plain, TypeOf(plain.GetGenericArguments()[0], null));
        }

        if (plain.IsGenericType && plain.GetGenericTypeDefinition() == typeof(Dictionary<,>) && plain.GetGenericArguments()[0] == typeof(string))
        {
            return new MapType(plain, TypeOf(plain.GetGenericArguments()[1], null));
        }

        return plain switch
        {
            _ when plain == typeof(bool) => FlagType.Instance,
            _ when plain == typeof(int) || plain == typeof(long) => new IntegerType(plain),
            _ when plain == typeof(double) => NumberType.Any,
            _ when plain == typeof(TimeSpan) => DurationType.Instance,
            { IsEnum: true } => new EnumType(plain),
            { IsClass: true } when plain.GetConstructor(System.Type.EmptyTypes) is not null => new NestedType(OptionsShape.Of(plain)),
            _ => throw new InvalidOperationException($"{property?.DeclaringType?.Name}.{property?.Name}: options hold text, flags, numbers, durations, enums, options, and lists and mappings of them, not {plain.Name}"),
        };
    }
}
