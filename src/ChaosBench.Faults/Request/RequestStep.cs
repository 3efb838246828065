using System.Diagnostics;
using System.Globalization;
using System.Text;
using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Faults.Request;

/// <summary>
/// One HTTP request to a service of the run: creates data, triggers a backup, reads state. The status and a
/// match decide whether it held; with <c>within</c> it is asked again until it does (a load reaching 100 %).
/// </summary>
public sealed class RequestStep : IStep
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(500);

    public string Kind => FaultKinds.Request;

    public async Task<FaultEffect> RunAsync(FaultContext context, Fault step, CancellationToken ct)
    {
        var name = $"{Kind} {step.Method} {step.Url}";
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
    private static async Task<(int? Status, string Body)> SendAsync(FaultContext context, Fault step, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(new HttpMethod(step.Method), context.Expand(step.Url!));
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

    private static string Expected(Fault step) => step.Status.Count == 0 ? "2xx" : string.Join(" or ", step.Status);
}
