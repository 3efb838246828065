using System.Diagnostics;

namespace ChaosBench.Tests.Engine.Engines;

/// <summary>
/// A CA, a server certificate for 127.0.0.1 and a client certificate, made with openssl into one folder:
/// <c>ca.pem</c>, <c>server-cert.pem</c>, <c>server-key.pem</c> for the engine, <c>cert.pem</c>, <c>key.pem</c> for the client.
/// </summary>
internal static class TlsCertificates
{
    private const string Script = """
        set -e
        cd "$1"
        openssl genrsa -out ca-key.pem 2048
        openssl req -new -x509 -days 2 -key ca-key.pem -subj /CN=chaosbench-test-ca -out ca.pem
        openssl genrsa -out server-key.pem 2048
        openssl req -new -key server-key.pem -subj /CN=127.0.0.1 -out server.csr
        printf 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' > server.ext
        openssl x509 -req -days 2 -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -extfile server.ext -out server-cert.pem
        openssl genrsa -out key.pem 2048
        openssl req -new -key key.pem -subj /CN=chaosbench-client -out client.csr
        printf 'extendedKeyUsage=clientAuth\n' > client.ext
        openssl x509 -req -days 2 -in client.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -extfile client.ext -out cert.pem
        """;

    /// <summary>Makes the certificates in a new folder; returns it.</summary>
    public static async Task<string> MakeAsync()
    {
        var folder = Directory.CreateTempSubdirectory("chaosbench-tls-").FullName;
        using var openssl = Process.Start(new ProcessStartInfo("sh", ["-c", Script, "sh", folder]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var errors = await openssl.StandardError.ReadToEndAsync();
        await openssl.WaitForExitAsync();
        return openssl.ExitCode == 0 ? folder : throw new InvalidOperationException($"openssl could not make the test's certificates: {errors}");
    }
}
