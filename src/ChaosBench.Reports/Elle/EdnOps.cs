using System.Globalization;
using System.Numerics;
using ChaosBench.Model.History;

namespace ChaosBench.Reports.Elle;

/// <summary>
/// Jepsen op maps (<c>{:index 0, :time 15, :type :ok, :process 1, :f :txn, :value [[:append 3 1] [:r 3 [1]]]}</c>) as
/// <see cref="Op"/>s. Keys other than <c>:index :time :type :process :f :value :error :final?</c> are ignored. Keys and
/// elements become their text: <c>3</c> and <c>"3"</c> alike are <c>"3"</c>, <c>:x</c> is <c>"x"</c>. Ops whose
/// <c>:process</c> is not an integer (Jepsen's <c>:nemesis</c>) are not a client's, and are left out.
/// </summary>
internal static class EdnOps
{
    private const long NanosecondsPerTick = 100;

    /// <summary>The op a map describes, or null for a nemesis op.</summary>
    /// <exception cref="InvalidDataException">The map is not an op; the message names the file, the line and the fix.</exception>
    public static Op? From(object? form, long position, string path)
    {
        if (form is not EdnMap map)
        {
            throw new InvalidDataException($"{path}: op {position} is not a map; fix: write each op as {{:type :ok, :process 0, :f :txn, :value [...]}}");
        }

        var place = $"{path}:{map.Line}";
        var process = Get(map, "process");
        if (process is EdnKeyword or EdnSymbol)
        {
            return null;
        }

        var type = (Get(map, "type") as EdnKeyword)?.Name switch
        {
            "invoke" => OpType.Invoke,
            "ok" => OpType.Ok,
            "fail" => OpType.Fail,
            "info" => OpType.Info,
            _ => throw Bad(place, ":type is not one of :invoke, :ok, :fail, :info", "give every op its :type"),
        };
        var value = Get(map, "value");
        var f = Get(map, "f") switch
        {
            EdnKeyword keyword => keyword.Name,
            string text => text,
            null when IsTransaction(value) => TxnFunctions.Txn,
            _ => throw Bad(place, "the op has no :f", "name its function, e.g. :f :txn"),
        };
        var op = new Op(
            Get(map, "index") is long index ? index : position,
            TimeSpan.FromTicks((Get(map, "time") is long nanoseconds ? nanoseconds : 0) / NanosecondsPerTick),
            type,
            process is long number and >= int.MinValue and <= int.MaxValue ? (int)number : throw Bad(place, ":process is not an integer", "number each client's process from 0"),
            f == "read" && Get(map, "final?") is true ? KvFunctions.FinalRead : f,
            null,
            null,
            Get(map, "error") switch { null => null, string text => text, var other => Print(other) });
        if (f == TxnFunctions.Txn)
        {
            return op with { Txn = Transaction(value, place) };
        }

        // Register ops are [key value] pairs, as history.edn writes them (jepsen.independent's shape).
        return value is List<object?> { Count: 2 } pair
            ? op with { Key = Text(pair[0], place), Value = Text(pair[1], place) }
            : op with { Value = value is null ? null : Print(value) };
    }

    private static bool IsTransaction(object? value) => value is List<object?> mops && mops.All(m => m is List<object?>);

    private static List<MicroOp> Transaction(object? value, string place)
    {
        if (value is not List<object?> mops)
        {
            throw Bad(place, "a :txn op's :value is not a vector of micro-ops", "write it as [[:append k v] [:r k nil]]");
        }

        return [.. mops.Select(m => MicroOp(m, place))];
    }

    private static MicroOp MicroOp(object? form, string place)
    {
        if (form is not List<object?> { Count: 2 or 3 } mop || mop[0] is not EdnKeyword { Name: var f })
        {
            throw Bad(place, $"micro-op {Print(form)} is not [:append k v] or [:r k list]", "write micro-ops as Elle does");
        }

        var key = Text(mop[1], place) ?? throw Bad(place, $"micro-op {Print(form)} has no key", "name the list it works on");
        var argument = mop.Count == 3 ? mop[2] : null;
        return f switch
        {
            TxnFunctions.Append => Model.History.MicroOp.AppendOf(key, Text(argument, place) ?? throw Bad(place, $"{Print(form)} appends nil", "append a unique element")),
            TxnFunctions.Read => Model.History.MicroOp.ReadOf(key, argument switch
            {
                null => null,
                List<object?> elements => [.. elements.Select(e => Text(e, place) ?? throw Bad(place, $"{Print(form)} reads nil as an element", "read elements that were appended"))],
                _ => throw Bad(place, $"{Print(form)} reads {Print(argument)}, not a list", "a read's result is a vector of elements, or nil"),
            }),
            _ => throw Bad(place, $"micro-op :{f} is neither :append nor :r", "check list-append histories only (rw-register is not supported)"),
        };
    }

    /// <summary>A key or element as text; nil stays null.</summary>
    private static string? Text(object? value, string place) => value switch
    {
        null => null,
        string text => text,
        long number => number.ToString(CultureInfo.InvariantCulture),
        BigInteger number => number.ToString(CultureInfo.InvariantCulture),
        EdnKeyword keyword => keyword.Name,
        EdnSymbol symbol => symbol.Name,
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        _ => throw Bad(place, $"{Print(value)} is not a key or element", "use integers, strings or keywords"),
    };

    private static object? Get(EdnMap map, string key) => map.GetValueOrDefault(new EdnKeyword(key));

    /// <summary>A form as EDN text, for messages and for values kept as text.</summary>
    internal static string Print(object? form) => form switch
    {
        null => "nil",
        string text => $"\"{text}\"",
        EdnKeyword keyword => $":{keyword.Name}",
        EdnSymbol symbol => symbol.Name,
        bool flag => flag ? "true" : "false",
        EdnMap map => $"{{{string.Join(", ", map.Select(e => $"{Print(e.Key)} {Print(e.Value)}"))}}}",
        List<object?> items => $"[{string.Join(' ', items.Select(Print))}]",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => form.ToString() ?? "",
    };

    private static InvalidDataException Bad(string place, string what, string fix) => new($"{place}: {what}; fix: {fix}");
}
