using System.Text.Json.Nodes;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Kinds.Values;

namespace ChaosBench.Faults.Kill;

/// <summary>A signal's name as <see cref="Signals"/> knows it, with or without SIG, read as its canonical name (<c>sigterm</c> is <c>TERM</c>).</summary>
public sealed class SignalNameAttribute : OptionValueAttribute
{
    private static readonly SignalType Signal = new();

    public override OptionType Type => Signal;

    private sealed class SignalType : ScalarType
    {
        /// <summary>A name no signal has is kept as written: the kind's validation says what is wrong with it, C# or YAML alike.</summary>
        public override object? Parse(string text, string key, out OptionProblem? problem)
        {
            problem = null;
            return Signals.Normalize(text) ?? text;
        }

        public override JsonObject Schema() => new()
        {
            ["enum"] = new JsonArray([.. Signals.All.Concat(Signals.All.Select(s => "SIG" + s)).Select(s => (JsonNode?)JsonValue.Create(s))]),
        };
    }
}
