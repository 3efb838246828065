using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ChaosBench.Tests.Reports.Browser;

/// <summary>
/// Debian's Chromium, headless, driven over the DevTools protocol on loopback: opens a page, reports what went
/// wrong in it (console errors, uncaught exceptions, blocked or failed loads, requests leaving the file), and saves
/// a screenshot. ci/test.sh installs the browser (package <c>chromium</c>).
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private const string Binary = "/usr/bin/chromium";
    private static readonly TimeSpan StartWithin = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(500);

    private readonly Process _process;
    private readonly string _profile;
    private readonly int _port;

    private HeadlessChromium(Process process, string profile, int port)
    {
        _process = process;
        _profile = profile;
        _port = port;
    }

    public static async Task<HeadlessChromium> StartAsync(CancellationToken ct)
    {
        if (!File.Exists(Binary))
        {
            Assert.Fail($"{Binary} is missing; fix: apt-get install -y chromium (ci/test.sh does)");
        }

        var profile = Directory.CreateTempSubdirectory("chaosbench-chromium-").FullName;
        // Port 0: the browser picks a free loopback port and writes it to DevToolsActivePort in its profile.
        var start = new ProcessStartInfo(Binary, ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--window-size=1280,900", $"--user-data-dir={profile}", "about:blank"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var portFile = Path.Combine(profile, "DevToolsActivePort");
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < StartWithin; await Task.Delay(100, ct))
        {
            if (File.Exists(portFile) && File.ReadAllLines(portFile) is [var port, ..] && int.TryParse(port, out var number))
            {
                return new HeadlessChromium(process, profile, number);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException($"chromium did not open its DevTools port within {StartWithin.TotalSeconds:0}s");
    }

    /// <summary>
    /// Opens <paramref name="file"/>, waits for it to load and settle, and saves a full-page PNG to <paramref name="screenshot"/>;
    /// then evaluates <paramref name="probe"/> (a script expression over the page) into <see cref="PageVisit.Probed"/>.
    /// </summary>
    public async Task<PageVisit> VisitAsync(string file, string screenshot, CancellationToken ct, string? probe = null)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}") };
        var targets = await http.GetFromJsonAsync<JsonArray>("/json/list", ct);
        var page = targets!.First(t => (string?)t!["type"] == "page")!["webSocketDebuggerUrl"]!.GetValue<string>();
        await using var session = await DevToolsSession.ConnectAsync(new Uri(page), ct);
        foreach (var domain in new[] { "Page", "Runtime", "Log", "Network" })
        {
            await session.SendAsync($"{domain}.enable", null, ct);
        }

        var visit = new PageVisit();
        var url = new Uri(Path.GetFullPath(file)).AbsoluteUri;
        await session.SendAsync("Page.navigate", new JsonObject { ["url"] = url }, ct);
        await foreach (var message in session.Events.ReadAllAsync(ct))
        {
            if (visit.Record(message))
            {
                break;
            }
        }

        // Late console messages and loads still count.
        using (var settle = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            settle.CancelAfter(Settle);
            try
            {
                await foreach (var message in session.Events.ReadAllAsync(settle.Token))
                {
                    visit.Record(message);
                }
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
            }
        }

        var shot = await session.SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true }, ct);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(screenshot))!);
        await File.WriteAllBytesAsync(screenshot, Convert.FromBase64String(shot["data"]!.GetValue<string>()), ct);
        if (probe is not null)
        {
            var answer = await session.SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = probe, ["returnByValue"] = true }, ct);
            visit.Probed = answer["result"]?["value"]?.ToString();
        }

        return visit;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_profile, recursive: true);
    }
}
