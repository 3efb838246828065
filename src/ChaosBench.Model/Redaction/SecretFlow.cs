namespace ChaosBench.Model.Redaction;

/// <summary>
/// Secrets followed through interpolation: a variable is secret by its name (<see cref="SecretNames"/>, or marked by
/// the scenario), or because its value was itself made from a secret; and a value interpolated from a secret is
/// secret wherever it lands (<c>DATABASE_URL=postgres://app:${PGPASSWORD}@db/app</c>). The loader expands through
/// <see cref="Expand"/>; <see cref="Values"/> are then redacted like any secret. Not thread-safe: one file is read at a time.
/// </summary>
public sealed class SecretFlow(IEnumerable<string> markedNames)
{
    private readonly HashSet<string> _marked = new(markedNames, StringComparer.Ordinal);
    private readonly HashSet<string> _values = new(StringComparer.Ordinal);

    /// <summary>Every secret value seen: those of secret variables, and every text interpolated from one.</summary>
    public IReadOnlyCollection<string> Values => _values;

    /// <summary>Whether a variable called <paramref name="name"/> holding <paramref name="value"/> is secret.</summary>
    public bool IsSecret(string name, string value) => _marked.Contains(name) || SecretNames.Match(name) || _values.Contains(value);

    /// <summary>Whether <paramref name="value"/> is secret: a secret variable's value, or made from one.</summary>
    public bool IsSecretValue(string value) => _values.Contains(value);

    /// <summary>
    /// Runs <paramref name="expand"/> with a lookup that notes each secret it hands out; when it handed out any, the
    /// text expanded is secret too. Returns what <paramref name="expand"/> returns.
    /// </summary>
    public T Expand<T>(Func<string, string?> lookup, Func<Func<string, string?>, T> expand, Func<T, string?> text)
    {
        var tainted = false;
        var result = expand(name =>
        {
            var value = lookup(name);
            if (value is not null && IsSecret(name, value))
            {
                tainted = true;
                Add(value);
            }

            return value;
        });
        if (tainted && text(result) is { } expanded)
        {
            Add(expanded);
        }

        return result;
    }

    private void Add(string value)
    {
        if (value.Length > 0)
        {
            _values.Add(value);
        }
    }
}
