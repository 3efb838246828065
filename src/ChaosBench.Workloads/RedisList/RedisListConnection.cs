using ChaosBench.Model.History;
using ChaosBench.Workloads.RedisKv;

namespace ChaosBench.Workloads.RedisList;

/// <summary>A Redis connection seen as a list: a write is <c>RPUSH</c>, a read is <c>LRANGE 0 -1</c> joined by <see cref="ListFunctions.Separator"/>.</summary>
internal sealed class RedisListConnection(RedisConnection redis) : IKvConnection
{
    public Task PrepareAsync(CancellationToken ct) => redis.PrepareAsync(ct);

    public Task WriteAsync(string key, string value, CancellationToken ct) => redis.AppendAsync(key, value, ct);

    /// <summary>Every element in list order; a list Redis does not have reads as empty, as Redis itself treats it.</summary>
    public async Task<string?> ReadAsync(string key, CancellationToken ct) => ListFunctions.Join(await redis.RangeAsync(key, ct));

    public void Dispose() => redis.Dispose();
}
