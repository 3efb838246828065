using System.Globalization;
using System.Text;
using ChaosBench.Model.History;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Records;
using ChaosBench.Model.Redaction;

namespace ChaosBench.Reports;

/// <summary>
/// The folder one run's reports land in, <c>runs/&lt;yyyyMMdd-HHmmss&gt;-&lt;scenario&gt;/</c>. Every file is written
/// atomically, so an interrupted run leaves complete files or none.
/// </summary>
public sealed class RunFolder
{
    /// <summary>Where run folders go unless told otherwise, relative to the working directory.</summary>
    public const string DefaultBase = "runs";

    // Runs of one suite may finish at once (run --parallel): choosing a free name and creating it is one step.
    private static readonly Lock Gate = new();

    private RunFolder(string location) => Location = location;

    /// <summary>The folder, as <see cref="Create"/> was given its base (relative stays relative).</summary>
    public string Location { get; }

    /// <summary>
    /// Creates the folder for <paramref name="run"/>, named from its start time (in the offset the run recorded)
    /// and scenario; a <c>-2</c>, <c>-3</c>… suffix keeps two runs started in the same second apart.
    /// </summary>
    public static RunFolder Create(RunRecord run, string baseDirectory = DefaultBase)
    {
        var stem = Path.Combine(baseDirectory, $"{run.StartedAt.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{SafeName(run.Scenario)}");
        lock (Gate)
        {
            var location = stem;
            for (var n = 2; Directory.Exists(location) || File.Exists(location); n++)
            {
                location = $"{stem}-{n}";
            }

            Directory.CreateDirectory(location);
            return new RunFolder(location);
        }
    }

    /// <summary>
    /// Writes every report of <paramref name="catalogue"/> (default: <see cref="ReportCatalogue.Default"/>).
    /// One failing writer does not stop the others; their failures arrive together in a <see cref="ReportWriteException"/>.
    /// </summary>
    /// <param name="secrets">The run's secret values: each file's text is redacted once more on its way to disk, whatever the writer made of the record.</param>
    /// <returns>The paths written.</returns>
    /// <param name="kinds">The kinds the run had, for the markers of the timeline; default: none, so no entry is drawn as a fault.</param>
    public IReadOnlyList<string> WriteReports(RunRecord run, History history, ReportCatalogue? catalogue = null, Redactor? secrets = null, Vocabulary? kinds = null)
    {
        var input = new ReportInput(run, history, Location) { Kinds = kinds ?? Vocabulary.Empty };
        return ReportFiles.WriteAll(Location, (catalogue ?? ReportCatalogue.Default).Writers.Select(w => (w.FileName, Redacted(s => w.Write(input, s), secrets))));
    }

    /// <summary>Writes one member's captured log as <c>logs/&lt;member&gt;.log</c>, one line per entry.</summary>
    /// <returns>The path written.</returns>
    /// <remarks>Lines are written as given: the runner redacts a run's logs before it hands them out.</remarks>
    public string WriteLog(string member, IEnumerable<string> lines)
    {
        var logs = Path.Combine(Location, "logs");
        Directory.CreateDirectory(logs);
        var path = Path.Combine(logs, $"{SafeName(member)}.log");
        AtomicFile.Write(path, stream =>
        {
            using var text = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
            foreach (var line in lines)
            {
                text.WriteLine(line);
            }
        });
        return path;
    }

    /// <summary>A report written to memory first, so its text as a whole can be redacted before the file gets it.</summary>
    private static Action<Stream> Redacted(Action<Stream> write, Redactor? secrets) => secrets is null ? write : stream =>
    {
        using var buffer = new MemoryStream();
        write(buffer);
        var text = secrets.Redact(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        stream.Write(new UTF8Encoding(false).GetBytes(text));
    };

    /// <summary>Scenario and member names become file names: anything but letters, digits, '.', '_' and '-' is replaced.</summary>
    private static string SafeName(string name)
    {
        var safe = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-')]).Trim('.', '-');
        return safe.Length == 0 ? "run" : safe;
    }
}
