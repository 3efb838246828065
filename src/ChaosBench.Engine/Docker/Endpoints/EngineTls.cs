namespace ChaosBench.Engine.Docker.Endpoints;

/// <summary>The client certificate and the CA the engine's certificate must chain to, as PEM files.</summary>
/// <param name="CaFile">The CA (<c>ca.pem</c>); null when the folder has none, then the machine's roots apply.</param>
/// <param name="CertFile">The client certificate (<c>cert.pem</c>).</param>
/// <param name="KeyFile">Its private key (<c>key.pem</c>).</param>
/// <param name="VerifyServer">Whether the engine's certificate is checked (chain and host name), as <c>DOCKER_TLS_VERIFY</c> asks.</param>
public sealed record EngineTls(string? CaFile, string CertFile, string KeyFile, bool VerifyServer = true);
