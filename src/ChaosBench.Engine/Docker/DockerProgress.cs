using System.Net;
using Docker.DotNet.Models;

namespace ChaosBench.Engine.Docker;

/// <summary>
/// The JSON-lines answers of import, load and pull: progress arrives line by line, and so does a failure, under a
/// 200 status that already went out, so each line must be read for an <c>error</c>. Recorded as they come, on the
/// library's thread (a <see cref="Progress{T}"/> would post them later, after the call returned).
/// A pull's lines also carry each layer's bytes (<c>id</c>, <c>progressDetail</c>) while it downloads: their sums go
/// to <paramref name="downloaded"/> as each line arrives.
/// </summary>
internal sealed class DockerProgress(string operation, Action<long, long>? downloaded = null) : IProgress<JSONMessage>
{
    private readonly List<string> _streamed = [];
    private readonly Dictionary<string, (long Current, long Total)> _layers = [];
    private string? _error;

    /// <summary>The <c>stream</c> texts of every line, trimmed; throws the first <c>error</c> a line carried.</summary>
    public IReadOnlyList<string> Streamed
    {
        get
        {
            lock (_streamed)
            {
                return _error is { } error ? throw new EngineException(operation, HttpStatusCode.InternalServerError, error) : [.. _streamed];
            }
        }
    }

    public void Report(JSONMessage value)
    {
        lock (_streamed)
        {
            if (value.Error?.Message is { Length: > 0 } error)
            {
                _error ??= error;
            }

            if (value.Stream?.Trim() is { Length: > 0 } stream)
            {
                _streamed.Add(stream);
            }

            if (downloaded is not null && value is { ID: { Length: > 0 } layer, Status: "Downloading", Progress: { Total: > 0 } bytes })
            {
                _layers[layer] = (bytes.Current ?? 0, bytes.Total ?? 0);
                downloaded(_layers.Values.Sum(l => l.Current), _layers.Values.Sum(l => l.Total));
            }
        }
    }
}
