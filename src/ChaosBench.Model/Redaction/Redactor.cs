using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Security;
using System.Text.Json;

namespace ChaosBench.Model.Redaction;

/// <summary>
/// The secret values of one run, replaced by <see cref="Marker"/> in everything the harness writes: the run record,
/// reports, captured logs and console lines. Values are added as they become known (a step may <c>save</c> one), so
/// writers redact with the set as it is when they write. Thread-safe.
/// </summary>
/// <remarks>
/// Each value is also matched as JSON, HTML/XML and URL encoding would write it, so a value with a quote or an
/// ampersand cannot slip through an escaping writer. Values shorter than <see cref="MinimumLength"/> are not
/// scrubbed from free text (replacing every "1" would make a record unreadable and hide nothing), nor are the
/// literals <c>true</c>, <c>false</c> and <c>null</c> (a switch like <c>AUTH_ENABLED=true</c> holds no secret);
/// where their name is shown (an env map) they are still hidden by name. The user info of every URL is masked
/// whatever its values (<see cref="AddCredentialsIn"/>).
/// </remarks>
public sealed partial class Redactor
{
    /// <summary>What a secret value is replaced with.</summary>
    public const string Marker = "***";

    /// <summary>The shortest value scrubbed from free text.</summary>
    public const int MinimumLength = 4;

    private readonly Lock _gate = new();
    private readonly HashSet<string> _values = new(StringComparer.Ordinal);
    private string[] _longestFirst = [];
    private readonly List<string> _tooShort = [];

    /// <summary>Names marked secret by the scenario (<c>secrets:</c>), next to those <see cref="SecretNames"/> matches.</summary>
    public IReadOnlySet<string> MarkedNames { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Whether a value under <paramref name="name"/> is secret: marked, or named like a secret.</summary>
    public bool IsSecretName(string name) => MarkedNames.Contains(name) || SecretNames.Match(name);

    /// <summary>Adds a secret value (and its encoded forms).</summary>
    /// <returns>False when it is too short to scrub from free text (<see cref="MinimumLength"/>); empty values are ignored.</returns>
    public bool Add(string value)
    {
        if (value.Length < MinimumLength)
        {
            return value.Length == 0;
        }

        if (value.ToLowerInvariant() is "true" or "false" or "null")
        {
            return true;
        }

        string[] forms = [value, JsonEncodedText.Encode(value).ToString(), WebUtility.HtmlEncode(value), SecurityElement.Escape(value), Uri.EscapeDataString(value)];
        lock (_gate)
        {
            if (_values.Contains(value))
            {
                return true;
            }

            _values.UnionWith(forms);
            _longestFirst = [.. _values.OrderByDescending(v => v.Length).ThenBy(v => v, StringComparer.Ordinal)];
        }

        return true;
    }

    /// <summary>Names whose secret values were too short to scrub from free text; the run warns about them.</summary>
    public IReadOnlyList<string> TooShort
    {
        get
        {
            lock (_gate)
            {
                return [.. _tooShort];
            }
        }
    }

    /// <summary>Adds <paramref name="value"/> when <paramref name="name"/> is a secret name.</summary>
    /// <returns>False only for a secret value too short to scrub from free text (its name is then in <see cref="TooShort"/>).</returns>
    public bool AddNamed(string name, string value)
    {
        if (!IsSecretName(name) || Add(value))
        {
            return true;
        }

        lock (_gate)
        {
            if (!_tooShort.Contains(name))
            {
                _tooShort.Add(name);
            }
        }

        return false;
    }

    /// <summary>
    /// The secrets a scenario holds before it runs: env values under secret names (native or Compose), header values
    /// under secret names of its steps and expectations, values interpolated from a secret, and the password of every
    /// URL it writes (ready probes, steps, expectations, env, commands). Values saved by steps are added as they are saved.
    /// </summary>
    public static Redactor For(Scenario scenario)
    {
        var redactor = new Redactor { MarkedNames = new HashSet<string>(scenario.Secrets, StringComparer.Ordinal) };
        var headers = scenario.Faults.Select(f => f.Options).Concat(scenario.Expectations.Select(e => e.Options)).SelectMany(NamedValues);
        foreach (var (name, value) in scenario.Services.SelectMany(s => s.Env).Concat(headers))
        {
            redactor.AddNamed(name, value);
        }

        foreach (var value in scenario.SecretValues)
        {
            redactor.Add(value);
        }

        foreach (var text in Texts(scenario))
        {
            redactor.AddCredentialsIn(text);
        }

        return redactor;
    }

    /// <summary>The entries of the options' mappings whose values are secret by name (<see cref="Kinds.RedactByNameAttribute"/>: headers).</summary>
    private static IEnumerable<KeyValuePair<string, string>> NamedValues(object options) =>
        Kinds.OptionsShape.Of(options.GetType()).Fields.Where(f => f.RedactByName).SelectMany(f => f.Get(options) as IReadOnlyDictionary<string, string> ?? new Dictionary<string, string>());

    /// <summary>Every text of a scenario a URL may be written in: services' env, commands and probes, and every text of each fault's and expectation's options.</summary>
    private static IEnumerable<string?> Texts(Scenario scenario) =>
        scenario.Services.SelectMany(s => s.Env.Values.Concat(s.Command ?? []).Concat(s.Args).Concat(s.Entrypoint ?? []).Append(s.Ready?.Http).Concat(s.Ready?.Exec ?? []))
            .Concat(scenario.Faults.Select(f => f.Options).Concat(scenario.Expectations.Select(e => e.Options)).SelectMany(OptionTexts));

    /// <summary>The texts of an options object, nested ones included (the shape's text walk, its copy dropped).</summary>
    private static List<string> OptionTexts(object options)
    {
        var texts = new List<string>();
        Kinds.OptionsShape.Of(options.GetType()).MapTexts(options, text =>
        {
            texts.Add(text);
            return text;
        });
        return texts;
    }

    /// <summary><paramref name="text"/> with every secret value replaced by <see cref="Marker"/>.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        string[] values;
        lock (_gate)
        {
            values = _longestFirst;
        }

        foreach (var value in values)
        {
            text = text.Replace(value, Marker, StringComparison.Ordinal);
        }

        return MaskCredentials(text);
    }

    /// <summary>A name → value map with values under secret names shown as <see cref="Marker"/>, and the rest redacted.</summary>
    public IReadOnlyDictionary<string, string> RedactByName(IReadOnlyDictionary<string, string> map) =>
        map.ToDictionary(e => e.Key, e => IsSecretName(e.Key) ? Marker : Redact(e.Value), StringComparer.Ordinal);
}
