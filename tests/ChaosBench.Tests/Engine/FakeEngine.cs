using System.Net;
using ChaosBench.Engine.Docker;
using ChaosBench.Engine.Docker.Endpoints;
using Docker.DotNet;
using Docker.DotNet.Handler.Abstractions;
using Microsoft.Extensions.Logging;

namespace ChaosBench.Tests.Engine;

/// <summary>
/// A <see cref="DockerEngine"/> whose requests go to a stand-in handler instead of a socket. Its <c>/version</c>,
/// which the engine asks once to choose the API version, is answered here as Docker 20.10 (API 1.41) and not passed
/// on, so the handler sees (and counts) only the calls a test makes.
/// </summary>
internal static class FakeEngine
{
    public static readonly Uri Endpoint = new("tcp://127.0.0.1:2375");

    public static DockerEngine Create(HttpMessageHandler handler, EngineCallOptions? options = null) =>
        new(EngineEndpoint.Given(Endpoint), false, options ?? new EngineCallOptions(), api => new DockerClientBuilder()
            .WithEndpoint(Endpoint)
            .WithApiVersion(api)
            .WithTimeout(Timeout.InfiniteTimeSpan)
            .WithTransportOptions(new Transport(), handler)
            .Build());

    private sealed class Transport : IDockerHandlerFactory<HttpMessageHandler>
    {
        public ResolvedTransport CreateHandler(ResolvedClientOptions clientOptions, ILogger logger) => throw new NotSupportedException();

        public ResolvedTransport CreateHandler(HttpMessageHandler transportOptions, ResolvedClientOptions clientOptions, ILogger logger) =>
            new(new VersionAnswered(transportOptions), new Uri("http://engine/"));

        public Task<WriteClosableStream> HijackStreamAsync(HttpContent content) => throw new NotSupportedException();
    }

    private sealed class VersionAnswered(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            request.RequestUri!.AbsolutePath == "/version"
                ? Task.FromResult(FakeEngineHandler.Json(HttpStatusCode.OK, """{"Version":"20.10.24","ApiVersion":"1.41","MinAPIVersion":"1.12","Os":"linux"}"""))
                : base.SendAsync(request, cancellationToken);
    }
}
