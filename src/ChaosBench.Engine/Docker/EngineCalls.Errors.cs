using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Docker.DotNet;

namespace ChaosBench.Engine.Docker;

/// <summary>The library's failures as the typed exceptions <see cref="EngineResilience"/> tells apart, each keeping the engine's words.</summary>
internal sealed partial class EngineCalls
{
    /// <summary>The harness's exception for <paramref name="e"/>; null when it needs none (cancellation, already typed).</summary>
    private Exception? Mapped(string operation, Exception e) => e switch
    {
        EngineException or OperationCanceledException => null,
        DockerApiException api => Refusal(operation, api.StatusCode, MessageOf(api.ResponseBody)),
        HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } tls =>
            new EngineException($"{operation}: the TLS handshake with the engine at {Endpoint} failed ({Reason(tls)}); fix: DOCKER_CERT_PATH must hold the ca.pem that signed the engine's certificate (issued for this host name) and a cert.pem/key.pem it trusts", tls),

        // The connection was never made: the request did not reach the engine.
        HttpRequestException h when h.InnerException is SocketException || h.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError =>
            new EngineUnavailableException(Endpoint, Reason(h), h),
        HttpRequestException or IOException => new EngineConnectionLostException(Endpoint, operation, Reason(e), e),
        _ => null,
    };

    /// <summary>The engine answered with an error status: its own message, typed by status.</summary>
    internal static EngineException Refusal(string operation, HttpStatusCode status, string message) => status switch
    {
        HttpStatusCode.NotFound => new EngineNotFoundException(operation, message),
        HttpStatusCode.Conflict => new EngineConflictException(operation, message),

        // An exec into a container that exits while the engine sets it up is answered 500 in the words of the 409 a
        // container already stopped gets: the same state, so the same type (a readiness probe then looks again).
        HttpStatusCode.InternalServerError when message.Contains("is not running", StringComparison.Ordinal) => new EngineConflictException(operation, message),
        _ => new EngineException(operation, status, message),
    };

    /// <summary>The <c>message</c> of the engine's JSON error body, else the body as it came.</summary>
    private static string MessageOf(string? body)
    {
        var text = body?.Trim() ?? string.Empty;
        try
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String
                ? m.GetString()!
                : text;
        }
        catch (JsonException)
        {
            return text;
        }
    }

    private static string Reason(Exception e) => e.InnerException?.Message ?? e.Message;
}
