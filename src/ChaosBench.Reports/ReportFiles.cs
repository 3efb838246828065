namespace ChaosBench.Reports;

/// <summary>Writes a set of report files into one folder, each atomically; one failing file does not stop the others.</summary>
internal static class ReportFiles
{
    /// <returns>The paths written.</returns>
    /// <exception cref="ReportWriteException">Some files failed; every failure is in it.</exception>
    public static IReadOnlyList<string> WriteAll(string folder, IEnumerable<(string FileName, Action<Stream> Write)> files)
    {
        var written = new List<string>();
        var failures = new Dictionary<string, Exception>();
        foreach (var (fileName, write) in files)
        {
            var path = Path.Combine(folder, fileName);
            try
            {
                AtomicFile.Write(path, write);
                written.Add(path);
            }
            catch (Exception e)
            {
                failures[fileName] = e;
            }
        }

        return failures.Count == 0 ? written : throw new ReportWriteException(folder, failures);
    }
}
