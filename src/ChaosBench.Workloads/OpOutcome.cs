using System.Net.Http;
using System.Net.Sockets;
using ChaosBench.Model.History;
using Npgsql;

namespace ChaosBench.Workloads;

/// <summary>Classifies a client error: was the operation certainly not applied (fail), or may it have been (info)?</summary>
public static class OpOutcome
{
    public static OpType Of(Exception error) => error switch
    {
        // The client knows the operation never reached the product, or never reached its commit.
        NotAppliedException => OpType.Fail,

        // The connection was never made: the request never reached the product.
        HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostUnreachable or SocketError.NetworkUnreachable } } => OpType.Fail,
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } => OpType.Fail,
        _ => OpType.Info,
    };

    /// <summary>A short reason for the history: <c>timeout</c>, a socket error code, a SQLSTATE and message, <c>connection closed</c>, or the first line.</summary>
    public static string Describe(Exception error) => error switch
    {
        NotAppliedException { InnerException: { } inner } => Describe(inner),
        TaskCanceledException or TimeoutException => "timeout",
        EndOfStreamException => "connection closed",
        HttpRequestException { InnerException: SocketException s } => s.SocketErrorCode.ToString(),
        SocketException s => s.SocketErrorCode.ToString(),
        PostgresException p => $"{p.SqlState} {p.MessageText}",

        // Npgsql wraps what went wrong underneath ("Exception while reading from stream"): the cause says more.
        NpgsqlException { InnerException: { } inner } => Describe(inner),
        IOException { InnerException: SocketException s } => s.SocketErrorCode.ToString(),
        _ => error.Message.Split('\n')[0],
    };
}
