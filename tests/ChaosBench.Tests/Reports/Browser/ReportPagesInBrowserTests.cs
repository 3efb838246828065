using ChaosBench.Model.Records;
using ChaosBench.Reports;
using ChaosBench.Reports.Html;
using ChaosBench.Reports.Merge;
using ChaosBench.Tests.Reports.Merge;
using CertificateReport = ChaosBench.Reports.Certificate.Certificate;

namespace ChaosBench.Tests.Reports.Browser;

/// <summary>
/// The HTML pages are looked at: each opens in headless Chromium without a console error and without a request
/// leaving the file (readable offline, no CDN), and its screenshot is saved under .build/screenshots for CI.
/// </summary>
[Category("Browser")]
[CancelAfter(120_000)]
public sealed class ReportPagesInBrowserTests
{
    private static readonly string Screenshots = Path.Combine(TestEnvironment.RepoRoot, ".build", "screenshots");
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("chaosbench-pages-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [TestCase("failed")]
    [TestCase("errored")]
    public async Task ReportHtml_SampleRun_RendersWithoutErrorsOrOutsideRequests(string outcome, CancellationToken ct)
    {
        // Given the report of a sample run
        var input = outcome == "failed" ? SampleRuns.Failed() : SampleRuns.Errored();
        var page = Write(new HtmlReportWriter(), input);
        var screenshot = Path.Combine(Screenshots, $"report-{outcome}.png");

        // When the browser opens it
        await using var browser = await HeadlessChromium.StartAsync(ct);
        var visit = await browser.VisitAsync(page, screenshot, ct);

        // Then nothing went wrong, nothing was fetched, and the screenshot is a real picture
        Assert.That(visit.Errors, Is.Empty);
        Assert.That(visit.OutsideRequests, Is.Empty);
        AssertScreenshot(screenshot);
    }

    [Test]
    public async Task ReportHtml_StaleReadVerdict_DrawsTheViolationWithTheReadMarked(CancellationToken ct)
    {
        // Given the report of a run whose linearizable verdict failed on a stale read
        var page = Write(new HtmlReportWriter(), SampleRuns.StaleRead());
        var screenshot = Path.Combine(Screenshots, "report-linearizable-violation.png");

        // When the browser opens it and looks for the drawing: the bars, the marked read and how it is painted
        const string Probe = """
            (() => {
              const svg = document.querySelector('svg.violation');
              const read = svg && svg.querySelector('g.op.impossible');
              const box = read && read.querySelector('rect').getBoundingClientRect();
              return JSON.stringify({
                bars: svg ? svg.querySelectorAll('g.op rect').length : 0,
                read: read ? read.querySelector('title').textContent : null,
                fill: read ? getComputedStyle(read.querySelector('rect')).fill : null,
                width: box ? box.width : 0,
                seen: svg ? svg.querySelectorAll('g.op.could-have-seen').length : 0,
              });
            })()
            """;
        await using var browser = await HeadlessChromium.StartAsync(ct);
        var visit = await browser.VisitAsync(page, screenshot, ct, Probe);

        // Then the page rendered cleanly and offline, with the window's two operations drawn and the stale read painted red
        Assert.That(visit.Errors, Is.Empty);
        Assert.That(visit.OutsideRequests, Is.Empty);
        var drawing = System.Text.Json.Nodes.JsonNode.Parse(visit.Probed!)!;
        Assert.That(drawing["bars"]!.GetValue<int>(), Is.EqualTo(2), visit.Probed);
        Assert.That(drawing["read"]!.GetValue<string>(), Does.StartWith("p2 read → \"1\""), visit.Probed);
        Assert.That(drawing["fill"]!.GetValue<string>(), Is.EqualTo("rgb(239, 154, 154)"), visit.Probed);
        Assert.That(drawing["width"]!.GetValue<double>(), Is.GreaterThan(10), visit.Probed);
        Assert.That(drawing["seen"]!.GetValue<int>(), Is.EqualTo(1), visit.Probed);
        AssertScreenshot(screenshot);
    }

    [Test]
    public async Task ReportHtml_WriteSkewVerdict_DrawsTheCycleWithItsAntiDependencies(CancellationToken ct)
    {
        // Given the report of a run whose serializable verdict failed on the write-skew fixture (fixtures/histories/g2-item.edn)
        var page = Write(new HtmlReportWriter(), SampleRuns.Cycle());
        var screenshot = Path.Combine(Screenshots, "report-transaction-cycle.png");

        // When the browser opens it and looks for the drawing: the boxes, the arrows, their labels and how they are painted
        const string Probe = """
            (() => {
              const svg = document.querySelector('svg.cycle');
              const boxes = svg ? [...svg.querySelectorAll('g.txn')] : [];
              const edges = svg ? [...svg.querySelectorAll('g.edge')] : [];
              const box = boxes.length ? boxes[0].querySelector('rect').getBoundingClientRect() : null;
              const label = edges.length ? edges[0].querySelector('text').getBoundingClientRect() : null;
              return JSON.stringify({
                heading: svg ? svg.previousElementSibling.previousElementSibling.textContent : null,
                boxes: boxes.length,
                lines: boxes.map(b => b.querySelectorAll('text').length),
                labels: edges.map(e => e.querySelector('text').textContent),
                stroke: edges.length ? getComputedStyle(edges[0].querySelector('line')).stroke : null,
                width: box ? box.width : 0,
                overlap: box && label ? label.left < box.right : true,
              });
            })()
            """;
        await using var browser = await HeadlessChromium.StartAsync(ct);
        var visit = await browser.VisitAsync(page, screenshot, ct, Probe);

        // Then the page rendered cleanly and offline, the two transactions boxed with their micro-operations, the two rw arrows red and labelled
        Assert.That(visit.Errors, Is.Empty);
        Assert.That(visit.OutsideRequests, Is.Empty);
        var drawing = System.Text.Json.Nodes.JsonNode.Parse(visit.Probed!)!;
        Assert.That(drawing["heading"]!.GetValue<string>(), Is.EqualTo("Anomaly: G2-item (serializable)"), visit.Probed);
        Assert.That(drawing["boxes"]!.GetValue<int>(), Is.EqualTo(2), visit.Probed);
        Assert.That(drawing["lines"]!.AsArray().Select(l => l!.GetValue<int>()), Is.EqualTo(new[] { 4, 4 }), visit.Probed);
        Assert.That(drawing["labels"]!.AsArray().Select(l => l!.GetValue<string>()), Is.EqualTo(new[] { "rw · append 1 1", "rw · append 2 1" }), visit.Probed);
        Assert.That(drawing["stroke"]!.GetValue<string>(), Is.EqualTo("rgb(198, 40, 40)"), visit.Probed);
        Assert.That(drawing["width"]!.GetValue<double>(), Is.GreaterThan(60), visit.Probed);
        Assert.That(drawing["overlap"]!.GetValue<bool>(), Is.False, visit.Probed);
        AssertScreenshot(screenshot);
    }

    [Test]
    public async Task CertificateHtml_ThreeVersionMatrix_RendersWithoutErrorsOrOutsideRequests(CancellationToken ct)
    {
        // Given the certificate of three versions of one scenario, the last one failed
        FakeShards.Write(_folder, Version("6.0", Outcome.Passed), Version("7.0", Outcome.Passed), Version("8.0", Outcome.Failed));
        var (runs, _) = RunFolders.Read([_folder]);
        MergedReport.Write(_folder, runs, [.. MergedReport.Default, .. CertificateReport.Writers(_folder)]);
        var screenshot = Path.Combine(Screenshots, "certificate.png");

        // When the browser opens it
        await using var browser = await HeadlessChromium.StartAsync(ct);
        var visit = await browser.VisitAsync(Path.Combine(_folder, "certificate.html"), screenshot, ct);

        // Then nothing went wrong, nothing was fetched, and the screenshot is a real picture
        Assert.That(visit.Errors, Is.Empty);
        Assert.That(visit.OutsideRequests, Is.Empty);
        AssertScreenshot(screenshot);
    }

    [Test]
    public async Task VisitAsync_PageWithErrorsAndAnOutsideImage_ReportsThem(CancellationToken ct)
    {
        // Given a page that logs an error, throws, and loads an image from outside the file (loopback, port 9: nothing listens)
        var page = Path.Combine(_folder, "broken.html");
        await File.WriteAllTextAsync(page, """
            <!DOCTYPE html><html><body><p>broken</p>
            <img src="http://127.0.0.1:9/missing.png">
            <script>console.error("planted error"); throw new Error("planted exception");</script>
            </body></html>
            """, ct);

        // When the browser opens it
        await using var browser = await HeadlessChromium.StartAsync(ct);
        var visit = await browser.VisitAsync(page, Path.Combine(_folder, "broken.png"), ct);

        // Then each problem is reported
        Assert.That(visit.Errors, Has.Some.Contains("planted error"));
        Assert.That(visit.Errors, Has.Some.Contains("planted exception"));
        Assert.That(visit.OutsideRequests, Has.Some.StartsWith("http://127.0.0.1:9/"));
    }

    private static RunRecord Version(string version, Outcome outcome) =>
        FakeShards.Run("redis-kill", outcome) with { Scenario = $"redis-kill[redis={version}]", Matrix = new Dictionary<string, string> { ["redis"] = version } };

    private string Write(IReportWriter writer, ReportInput input)
    {
        var path = Path.Combine(_folder, writer.FileName);
        using var output = File.Create(path);
        writer.Write(input, output);
        return path;
    }

    private static void AssertScreenshot(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.That(bytes.Take(PngSignature.Length), Is.EqualTo(PngSignature), $"{path} is not a PNG");
        Assert.That(bytes, Has.Length.GreaterThan(10_000), $"{path} is too small to show a rendered page");
        TestContext.AddTestAttachment(path);
    }
}
