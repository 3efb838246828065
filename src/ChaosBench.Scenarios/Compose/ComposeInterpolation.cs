using ChaosBench.Model;
using ChaosBench.Model.Redaction;
using ChaosBench.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Compose;

/// <summary>
/// Compose's <c>${VAR}</c> interpolation over every value of a Compose file (keys are never interpolated). A
/// variable that is unset and has no default is empty, as Compose makes it, and listed; when strict (<c>certify</c>,
/// <c>run --strict-env</c>) it is an error: a certificate must not depend on what happens to be unset where it runs.
/// </summary>
internal static class ComposeInterpolation
{
    /// <summary>
    /// Expands every value in place; returns where the values that could not be expanded are, left as written. An
    /// unset variable is empty and added to <paramref name="unset"/>, or, when that is null, an error.
    /// </summary>
    /// <param name="secrets">Told of each value interpolated from a secret, which is then secret too.</param>
    public static HashSet<Position> Apply(ReadContext context, YamlNode root, Func<string, string?> lookup, UnsetVariables? unset, SecretFlow secrets)
    {
        var failed = new HashSet<Position>();

        // An anchored value is one node wherever it is used: expanding it twice would expand what $$ escaped.
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>([root]);
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }

            foreach (var child in node switch { YamlMappingNode map => map.Children.Values, YamlSequenceNode list => list.Children, _ => [] })
            {
                pending.Push(child);
            }

            if (node is YamlScalarNode { Value: { } text } scalar && text.Contains('$', StringComparison.Ordinal))
            {
                var (expanded, (message, fix)) = Expand(text, lookup, unset, Position.Of(scalar.Start), secrets);
                if (expanded is not null)
                {
                    scalar.Value = expanded;
                }
                else
                {
                    context.Errors.Add(new LocatedError(context.File, (int)scalar.Start.Line, (int)scalar.Start.Column, message, fix));
                    failed.Add(Position.Of(scalar.Start));
                }
            }
        }

        return failed;
    }

    /// <summary>The text expanded, or null with what is wrong and how to fix it; a text made from a secret is one.</summary>
    public static (string? Text, (string Message, string Fix) Problem) Expand(string text, Func<string, string?> lookup, SecretFlow secrets) =>
        Expand(text, lookup, null, default, secrets);

    /// <summary>As <see cref="Expand(string, Func{string, string?}, SecretFlow)"/>; with <paramref name="unset"/>, an unset variable is empty and recorded there.</summary>
    private static (string? Text, (string Message, string Fix) Problem) Expand(string text, Func<string, string?> lookup, UnsetVariables? unset, Position at, SecretFlow secrets) =>
        secrets.Expand(lookup, tracked => Expand(text, tracked, unset, at), result => result.Text);

    private static (string? Text, (string Message, string Fix) Problem) Expand(string text, Func<string, string?> lookup, UnsetVariables? unset, Position at)
    {
        try
        {
            var result = Interpolation.ExpandCompose(text, lookup);
            if (result.IsComplete || unset is null)
            {
                return result.IsComplete ? (result.Text, default) : (null, Unset(result.Missing));
            }

            foreach (var name in result.Missing)
            {
                unset.Add(name, at);
            }

            return (result.Text, default);
        }
        catch (RequiredVariableException e)
        {
            return (null, (e.Message, $"set {e.Name} in the environment, or in the .env file next to the Compose file"));
        }
        catch (FormatException e)
        {
            return (null, (e.Message, "write $$ for a dollar sign"));
        }
    }

    private static (string, string) Unset(IReadOnlyList<string> names) =>
        (names.Count == 1 ? $"variable {names[0]} is not set" : $"variables {string.Join(", ", names)} are not set",
         $"set it in the environment or in the .env file next to the Compose file, or write ${{{names[0]}:-}} to accept it empty (certify and run --strict-env refuse what Compose would read as empty)");
}
