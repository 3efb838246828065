using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ChaosBench.Model.History;

namespace ChaosBench.Reports.Jsonl;

/// <summary>
/// The <c>history.jsonl</c> format, one op per line, as Jepsen-style checkers and <c>jq</c> like it:
/// <c>{"index":0,"time":1500000,"type":"invoke","process":0,"f":"write","key":"k1","value":"v1","error":null}</c>,
/// with <c>time</c> in integer nanoseconds since the run started (the clock of the timeline). A compare-and-set
/// also carries <c>"expected"</c>, its old value; a transaction (<c>"f":"txn"</c>) carries <c>"txn"</c>, its
/// micro-operations in Elle's shape (<c>[["append","x","1"],["r","x",["1"]]]</c>), last. Other ops leave both
/// out, so they read as they always did.
/// </summary>
public static class HistoryJsonl
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false), new NanosecondsConverter(), new MicroOpConverter() },
        // Histories come from other tools too: a line missing a documented field, or with "f": null, is an error
        // at its line, not an op with time 0 or type invoke that a checker would judge.
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitNullExpected, TxnLastAndOnlyWhenThere } },
    };

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <summary>Histories without transactions are written as they always were: <c>txn</c> appears only where there is one.</summary>
    private static void TxnLastAndOnlyWhenThere(JsonTypeInfo info)
    {
        if (info.Type != typeof(Op))
        {
            return;
        }

        foreach (var property in info.Properties.Where(p => p.Name == "txn"))
        {
            property.ShouldSerialize = (_, value) => value is not null;
            property.Order = 1;
        }
    }

    /// <summary>Writes every op of <paramref name="history"/>, in order, one line each.</summary>
    public static void Write(History history, Stream output)
    {
        foreach (var op in history.Ops)
        {
            JsonSerializer.Serialize(output, op, Options);
            output.Write(NewLine);
        }
    }

    /// <summary>Reads a history written by <see cref="Write"/>; blank lines are skipped.</summary>
    /// <exception cref="InvalidDataException">A line is not an op; the message names the file and line.</exception>
    public static History Read(string path)
    {
        var ops = new List<Op>();
        var number = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                ops.Add(JsonSerializer.Deserialize<Op>(line, Options) ?? throw new JsonException("null is not an op"));
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{number}: not a history op: {Reason(e)}; fix: one JSON object per line with index, time, type, process, f, key and value (docs/history-format.md)", e);
            }
        }

        return History.Of(ops);
    }

    /// <summary>The serializer's message, said in the file's own terms where it speaks of constructor parameters.</summary>
    private static string Reason(JsonException e)
    {
        const string Missing = "missing required properties including: ";
        var missing = e.Message.IndexOf(Missing, StringComparison.Ordinal);
        return missing >= 0 ? $"no {e.Message[(missing + Missing.Length)..].TrimEnd('.')} field"
            : e.Message.Contains("doesn't allow null values", StringComparison.Ordinal) ? $"'{e.Path?.TrimStart('$', '.')}' is null"
            : e.Message;
    }

    private static void OmitNullExpected(JsonTypeInfo type)
    {
        if (type.Type == typeof(Op) && type.Properties.FirstOrDefault(p => p.Name == "expected") is { } expected)
        {
            expected.ShouldSerialize = (_, value) => value is not null;
        }
    }
}
