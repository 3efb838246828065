using System.Text;

namespace ChaosBench.PowerLossBench;

/// <summary>
/// Closed-loop clients: each sends one put through etcd's JSON gateway (<c>POST /v3/kv/put</c>, base64 key and
/// value), waits for the answer, and sends the next, until the round's time is up. Every latency is kept.
/// A put that fails stops the bench: a throughput made of errors would mean nothing.
/// </summary>
internal sealed class PutLoad(int clients, long seed, TimeProvider clock) : IDisposable
{
    public const int ValueBytes = 100;

    /// <summary>Keys are drawn from this many, so most puts add a key and some overwrite one, as a real workload's do.</summary>
    public const int KeySpace = 100_000;

    // One connection per client, kept open, no proxy: the bench talks only to containers on its own network.
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = clients })
    {
        Timeout = TimeSpan.FromSeconds(10),
    };

    private readonly Random _seeds = new((int)(seed ^ (seed >> 32)));

    /// <summary>Puts for <paramref name="duration"/>; the round ends when the last client's last put has come back.</summary>
    public async Task<RoundResult> RunAsync(EtcdNode node, TimeSpan duration, CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * clock.TimestampFrequency);

        // Each client's randomness is drawn here, in order, so the same seed gives the same keys and values.
        var latencies = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => new Random(_seeds.Next())).ToList()
            .Select(random => ClientAsync(node, random, deadline, ct)));
        return new RoundResult(node.Variant, clock.GetElapsedTime(started), [.. latencies.SelectMany(l => l)]);
    }

    public void Dispose() => _http.Dispose();

    private async Task<List<TimeSpan>> ClientAsync(EtcdNode node, Random random, long deadline, CancellationToken ct)
    {
        // Yield first, so every client starts its loop before any of them runs on the caller's thread.
        await Task.Yield();
        var latencies = new List<TimeSpan>();
        var value = new byte[ValueBytes];
        var url = new Uri(node.Endpoint, "/v3/kv/put");
        while (clock.GetTimestamp() < deadline)
        {
            random.NextBytes(value);
            var key = Convert.ToBase64String(Encoding.ASCII.GetBytes($"bench/{random.Next(KeySpace):D6}"));
            using var body = new StringContent($"{{\"key\":\"{key}\",\"value\":\"{Convert.ToBase64String(value)}\"}}", Encoding.UTF8, "application/json");
            var sent = clock.GetTimestamp();
            await PutAsync(node, url, body, ct);
            latencies.Add(clock.GetElapsedTime(sent));
        }

        return latencies;
    }

    private async Task PutAsync(EtcdNode node, Uri url, HttpContent body, CancellationToken ct)
    {
        try
        {
            using var response = await _http.PostAsync(url, body, ct);
            var answer = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new BenchFailedException($"{node.Variant}: a put to {url} answered {(int)response.StatusCode}: {answer}");
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            throw new BenchFailedException($"{node.Variant}: a put to {url} failed: {Describe(e)}", e);
        }
    }

    /// <summary>HttpClient's own message ("an error occurred while sending the request") hides the cause: add it.</summary>
    private static string Describe(Exception e) =>
        e.GetBaseException() is var cause && cause != e ? $"{e.Message} ({cause.Message})" : e.Message;
}
