namespace ChaosBench.Reports;

/// <summary>Some reports could not be written; the others were. Names each file that failed and why.</summary>
public sealed class ReportWriteException : Exception
{
    public ReportWriteException(string folder, IReadOnlyDictionary<string, Exception> failures)
        : base($"{folder}: could not write {string.Join("; ", failures.Select(f => $"{f.Key} ({f.Value.GetType().Name}: {f.Value.Message})"))}. " +
               "The other reports were written.",
               new AggregateException(failures.Values))
    {
        Folder = folder;
        Failures = failures;
    }

    /// <summary>The run folder.</summary>
    public string Folder { get; }

    /// <summary>Each file that failed, with the exception its writer threw.</summary>
    public IReadOnlyDictionary<string, Exception> Failures { get; }
}
