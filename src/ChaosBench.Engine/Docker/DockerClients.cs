using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using ChaosBench.Engine.Docker.Endpoints;
using Docker.DotNet;
using Docker.DotNet.Handler.Abstractions;
using Docker.DotNet.NativeHttp;
using Docker.DotNet.X509;

namespace ChaosBench.Engine.Docker;

/// <summary>
/// Builds Docker.DotNet clients for an endpoint: the native HTTP transport (<see cref="SocketsHttpHandler"/>, pooled
/// connections, over a unix socket or TCP), TLS from PEM files, and no library timeout: <see cref="EngineCalls"/>
/// times and watches every call itself.
/// </summary>
internal static class DockerClients
{
    /// <summary>A client speaking API <paramref name="api"/>, or unversioned paths when null (<c>/_ping</c>, <c>/version</c>).</summary>
    public static DockerClient Create(EngineEndpoint endpoint, Version? api)
    {
        var builder = new DockerClientBuilder()
            .WithEndpoint(endpoint.Address)
            .WithApiVersion(api)
            .WithTimeout(Timeout.InfiniteTimeSpan);
        if (endpoint.Tls is { } tls)
        {
            builder = builder.WithAuthProvider(Credentials(tls));
        }

        return builder.WithTransportOptions(new NativeHttpTransportOptions { ConfigureHandler = h => h.PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30) }).Build();
    }

    private static IAuthProvider Credentials(EngineTls tls)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = DockerTlsCertificates.LoadCertificateFromPemFiles(tls.CertFile, tls.KeyFile);
        }
        catch (Exception e) when (e is IOException or System.Security.Cryptography.CryptographicException)
        {
            throw new EngineException($"cannot read the client certificate {tls.CertFile} with key {tls.KeyFile} ({e.Message}); fix: point DOCKER_CERT_PATH at the folder holding a matching cert.pem and key.pem");
        }

        var credentials = new CertificateCredentials(certificate);
        if (!tls.VerifyServer)
        {
            // The context says SkipTLSVerify: its user asked for that, and the docker CLI honours it too.
#pragma warning disable CA5359
            credentials.ServerCertificateValidationCallback = (_, _, _, _) => true;
#pragma warning restore CA5359
        }
        else if (tls.CaFile is { } ca)
        {
            // The library's CA check builds the chain only; the engine's name must match too, as the docker CLI demands.
            var chain = DockerTlsCertificates.CreateCertificateAuthorityValidationCallback(DockerTlsCertificates.LoadCertificateAuthorityFromPemFile(ca));
            credentials.ServerCertificateValidationCallback = (sender, cert, x509, errors) =>
                (errors & SslPolicyErrors.RemoteCertificateNameMismatch) == 0 && chain(sender, cert, x509, errors);
        }

        return credentials;
    }
}
