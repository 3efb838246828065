namespace ChaosBench.Model.Kinds.Values;

/// <summary>A value written as one YAML scalar: text, a flag, a number, a duration, a size, an enum.</summary>
public abstract class ScalarType : OptionType
{
    /// <summary>The value <paramref name="text"/> stands for; null when it is not one, with the problem and its fix.</summary>
    /// <param name="key">The option's key, for the message: <c>replicas must be a whole number, not 'x'</c>.</param>
    public abstract object? Parse(string text, string key, out OptionProblem? problem);
}
