using System.Text.Json.Nodes;

namespace ChaosBench.Model.Kinds.Values;

/// <summary><c>true</c> or <c>false</c> (also <c>yes</c>, <c>no</c>).</summary>
public sealed class FlagType : ScalarType
{
    public static FlagType Instance { get; } = new();

    public override object? Parse(string text, string key, out OptionProblem? problem)
    {
        problem = null;
        switch (text)
        {
            case "true" or "True" or "TRUE" or "yes":
                return true;
            case "false" or "False" or "FALSE" or "no":
                return false;
            default:
                problem = new($"{key} must be true or false, not '{text}'", $"write '{key}: true'");
                return null;
        }
    }

    public override JsonObject Schema() => new() { ["type"] = "boolean" };
}
