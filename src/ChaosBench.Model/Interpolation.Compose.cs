namespace ChaosBench.Model;

/// <summary>Compose's interpolation syntax, for values read from Compose files.</summary>
public static partial class Interpolation
{
    /// <summary>
    /// <paramref name="text"/> expanded the way Compose expands a value: <c>$NAME</c>, <c>${NAME}</c>,
    /// <c>${NAME:-default}</c> / <c>${NAME-default}</c>, <c>${NAME:?message}</c> / <c>${NAME?message}</c>,
    /// <c>${NAME:+alternative}</c> / <c>${NAME+alternative}</c>, <c>$$</c> for a dollar sign. The forms with a
    /// colon treat a variable set to the empty string as unset, the others do not; defaults may hold placeholders.
    /// A variable that is unset and has no default is listed in <see cref="Interpolated.Missing"/>.
    /// </summary>
    /// <exception cref="RequiredVariableException">A <c>?</c> form's variable is unset.</exception>
    /// <exception cref="FormatException">A placeholder is not well formed.</exception>
    public static Interpolated ExpandCompose(string text, Func<string, string?> lookup)
    {
        var missing = new List<string>();
        return new Interpolated(ComposeText(text, lookup, missing), missing);
    }

    private static string ComposeText(string text, Func<string, string?> lookup, List<string> missing) =>
        Scan(text, compose: true, (inside, at) => Compose(inside, at, lookup, missing));

    private static string Compose(string inside, int at, Func<string, string?> lookup, List<string> missing)
    {
        var length = NameLength(inside, 0);
        var rest = inside[length..];
        var colon = rest.StartsWith(':');
        var operation = rest.Length > (colon ? 1 : 0) ? rest[colon ? 1 : 0] : '\0';
        if (length == 0 || (rest.Length > 0 && operation is not ('-' or '?' or '+')))
        {
            throw new FormatException($"'${{{Quoted(inside)}}}' at character {at} is not a placeholder: write ${{NAME}}, ${{NAME:-default}}, ${{NAME:?message}} or ${{NAME:+alternative}}, NAME of letters, digits and '_'");
        }

        var name = inside[..length];
        var argument = rest.Length == 0 ? string.Empty : rest[(colon ? 2 : 1)..];
        var value = lookup(name);
        var absent = colon ? string.IsNullOrEmpty(value) : value is null;

        // An argument is expanded only when it is used, as Compose does: an unused default may name unset variables.
        switch (operation)
        {
            case '-':
                return absent ? ComposeText(argument, lookup, missing) : value!;
            case '+':
                return absent ? string.Empty : ComposeText(argument, lookup, missing);
            case '?' when absent:
                throw new RequiredVariableException(name, ComposeText(argument, lookup, missing));
            case '?':
                return value!;
            default:
                if (value is null && !missing.Contains(name))
                {
                    missing.Add(name);
                }

                return value ?? string.Empty;
        }
    }
}
