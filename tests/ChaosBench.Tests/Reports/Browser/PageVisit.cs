using System.Text.Json.Nodes;

namespace ChaosBench.Tests.Reports.Browser;

/// <summary>What went wrong while a page loaded, from the DevTools events of one visit.</summary>
internal sealed class PageVisit
{
    public List<string> Errors { get; } = [];

    /// <summary>Every request for something other than the page's own file or inline data: a page read offline must make none.</summary>
    public List<string> OutsideRequests { get; } = [];

    /// <summary>What the visit's probe expression evaluated to in the page, as text; null without a probe.</summary>
    public string? Probed { get; set; }

    /// <summary>Notes one event; true once the page fired its load event.</summary>
    public bool Record(JsonObject message)
    {
        var parameters = message["params"] ?? new JsonObject();
        switch (Text(message, "method"))
        {
            case "Runtime.exceptionThrown":
                var details = parameters["exceptionDetails"]!;
                Errors.Add($"uncaught: {Text(details["exception"], "description") ?? Text(details, "text")}");
                break;
            case "Runtime.consoleAPICalled" when Text(parameters, "type") is "error" or "assert":
                var args = parameters["args"]!.AsArray().Select(a => Text(a, "value") ?? Text(a, "description"));
                Errors.Add($"console.{Text(parameters, "type")}: {string.Join(' ', args)}");
                break;
            case "Log.entryAdded" when Text(parameters["entry"], "level") == "error":
                Errors.Add($"{Text(parameters["entry"], "source")}: {Text(parameters["entry"], "text")}");
                break;
            case "Network.requestWillBeSent":
                var url = Text(parameters["request"], "url") ?? string.Empty;
                if (!url.StartsWith("file:", StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal))
                {
                    OutsideRequests.Add(url);
                }

                break;
            case "Page.loadEventFired":
                return true;
        }

        return false;
    }

    private static string? Text(JsonNode? node, string property) => node?[property]?.ToString();
}
