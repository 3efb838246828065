using System.Diagnostics;
using System.Globalization;
using System.Text;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Kinds.Values;

namespace ChaosBench.Faults.Request;

/// <summary>
/// One HTTP request to a service of the run: creates data, triggers a backup, reads state. The status and a
/// match decide whether it held; with <c>within</c> it is asked again until it does (a load reaching 100 %).
/// </summary>
public sealed class RequestStep : FaultKind<RequestOptions>, IStep
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(500);
    private static readonly string[] Methods = ["GET", "PUT", "POST", "PATCH", "DELETE", "HEAD"];

    public override string Name => "request";

    public override OptionProblem? Refuses(string key) =>
        key == "target" ? new("a request takes no 'target': its url names the service", "write the service in the url, e.g. 'url: \"http://{qdrant}:6333/collections\"'") : null;

    protected override string Detail(RequestOptions options) => $" {options.Method}";

    protected override string? Subject(RequestOptions options) => options.Url;

    protected override void Validate(RequestOptions options, KindCheck check)
    {
        check.Regex(options.Match, "match");
        Steps.Within(options, check);
        if (options.Url is { } url && !check.ReachesOwnService(url))
        {
            // Requests only ever reach what this run started, or a deployment the scenario names as external.
            check.Error("url", $"'{url}' does not name a service of this scenario as its host", "write its host as {SERVICE} or {MEMBER}, e.g. 'http://{qdrant}:6333/collections', or start it with an external service: '{longhorn}/v1/backingimages'");
        }
        else if (options.Url is { } reached)
        {
            check.References([reached, options.Body ?? string.Empty, options.Match ?? string.Empty, .. options.Headers.Values], "url");
        }

        if (!Methods.Contains(options.Method))
        {
            check.Error("method", $"unknown method '{options.Method}'", $"use one of {string.Join(", ", Methods)}");
        }

        foreach (var status in options.Status.Where(s => s is < 100 or > 599))
        {
            check.Error("status", $"{status} is not an HTTP status", "use codes from 100 to 599, e.g. [200, 201]");
        }

        check.Saves(options.Save, answersJson: true);
    }

    public async Task<FaultEffect> RunAsync(FaultContext context, Fault fault, CancellationToken ct)
    {
        var step = fault.OptionsAs<RequestOptions>();
        var name = $"{Name} {step.Method} {step.Url}";
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var (status, body) = await SendAsync(context, step, ct);
            var problem = status is null ? body
                : !(step.Status.Count == 0 ? status is >= 200 and < 300 : step.Status.Contains(status.Value)) ? $"answered {status}, expected {Expected(step)}"
                : StepOutput.Mismatch(context, step, body);
            if (problem is null)
            {
                var saved = StepOutput.Save(context, step, name, body);
                return new FaultEffect($"{status!.Value.ToString(CultureInfo.InvariantCulture)}: {StepOutput.Excerpt(context, body)}{saved}", clock.Elapsed);
            }

            if (step.Within is not { } within || clock.Elapsed + Retry > within)
            {
                throw new StepFailedException(name, $"{problem}: {StepOutput.Excerpt(context, body)}");
            }

            await Task.Delay(Retry, ct);
        }
    }

    /// <summary>The status and body; a null status with the error as body when no answer came.</summary>
    private static async Task<(int? Status, string Body)> SendAsync(FaultContext context, RequestOptions step, CancellationToken ct)
    {
        if (context.ExpandUrl(step.Url!) is not { } url)
        {
            return (null, "no answer: a member the URL names has no address (it is not running)");
        }

        using var request = new HttpRequestMessage(new HttpMethod(step.Method), url);
        if (step.Body is { } body)
        {
            var text = context.Expand(body);
            var json = text.TrimStart().StartsWith('{') || text.TrimStart().StartsWith('[');
            request.Content = new StringContent(text, Encoding.UTF8, json ? "application/json" : "text/plain");
        }

        foreach (var (header, value) in step.Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(header, context.Expand(value)))
            {
                request.Content?.Headers.Remove(header);
                request.Content?.Headers.TryAddWithoutValidation(header, context.Expand(value));
            }
        }

        try
        {
            using var response = await Http.SendAsync(request, ct);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(ct));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return (null, e is TaskCanceledException ? "no answer within 30s" : $"no answer: {e.Message}");
        }
    }

    private static string Expected(RequestOptions step) => step.Status.Count == 0 ? "2xx" : string.Join(" or ", step.Status);
}
