using ChaosBench.Reports;
using ChaosBench.Reports.Markdown;

namespace ChaosBench.Tests.Reports;

public sealed class ReportCatalogueTests
{
    [Test]
    public void Default_Always_WritesRunJsonFirst()
    {
        // Given / When the default catalogue
        var files = ReportCatalogue.Default.Writers.Select(w => w.FileName);

        // Then run.json comes first, so a later crash cannot keep it from disk
        Assert.That(files, Is.EqualTo(new[] { "run.json", "history.jsonl", "history.edn", "junit.xml", "report.md", "report.html" }));
    }

    [Test]
    public void With_SameFileName_ReplacesInPlaceAndLeavesOriginalAlone()
    {
        // Given the default catalogue and another report.md writer
        var replacement = new MarkdownReportWriter();

        // When it is added
        var catalogue = ReportCatalogue.Default.With(replacement);

        // Then it takes the old one's place, and the default is unchanged
        Assert.That(catalogue.Writers[4], Is.SameAs(replacement));
        Assert.That(catalogue.Writers, Has.Count.EqualTo(6));
        Assert.That(ReportCatalogue.Default.Writers[4], Is.Not.SameAs(replacement));
    }

    [Test]
    public void With_FileNameWithDirectory_Throws()
    {
        // Given a writer that would write outside the run folder
        var writer = new NamedWriter("../escape.txt");

        // When it is added
        var error = Assert.Throws<ArgumentException>(() => ReportCatalogue.Empty.With(writer))!;

        // Then it is refused, naming the file and the writer
        Assert.That(error.Message, Does.Contain("'../escape.txt' of NamedWriter"));
    }

    private sealed class NamedWriter(string fileName) : IReportWriter
    {
        public string FileName => fileName;

        public void Write(ReportInput input, Stream output)
        {
        }
    }
}
