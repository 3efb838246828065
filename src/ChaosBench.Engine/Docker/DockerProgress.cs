using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChaosBench.Engine.Docker;

/// <summary>
/// The JSON-lines answers of import, load and pull: progress arrives line by line, and so does a failure, under a
/// 200 status that already went out, so each line must be read for an <c>error</c>.
/// </summary>
internal static class DockerProgress
{
    /// <summary>The <c>stream</c> texts of every line, trimmed; throws the first <c>error</c> a line carries.</summary>
    public static async Task<IReadOnlyList<string>> ReadAsync(HttpResponseMessage response, string operation, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        var streamed = new List<string>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            JsonNode? node;
            try
            {
                node = JsonNode.Parse(line);
            }
            catch (JsonException)
            {
                // Old engines answer a plain-text line to a quiet load; it carries nothing to act on.
                continue;
            }

            var error = node.Str("error");
            if (error.Length > 0)
            {
                throw new EngineException(operation, HttpStatusCode.InternalServerError, error);
            }

            var stream = node.Str("stream").Trim();
            if (stream.Length > 0)
            {
                streamed.Add(stream);
            }
        }

        return streamed;
    }
}
