namespace ChaosBench.Model.Kinds;

/// <summary>The options steps share (exec, request): what the answer must match, what to keep from it, how long to retry.</summary>
public interface IStepOptions
{
    /// <summary>A regular expression the output or body must match; null: any.</summary>
    string? Match { get; }

    /// <summary>Values to keep for later steps, by name: a JSON pointer into a JSON answer, or a regular expression.</summary>
    Dictionary<string, string> Save { get; }

    /// <summary>Keep trying until the step holds, for at most this long; null: try once.</summary>
    TimeSpan? Within { get; }
}
