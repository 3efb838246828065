using System.Net.Http;
using System.Net.Sockets;
using ChaosBench.Model.History;

namespace ChaosBench.Workloads;

/// <summary>Classifies a client error: was the operation certainly not applied (fail), or may it have been (info)?</summary>
public static class OpOutcome
{
    public static OpType Of(Exception error) => error switch
    {
        // The connection was never made: the request never reached the product.
        HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostUnreachable or SocketError.NetworkUnreachable } } => OpType.Fail,
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } => OpType.Fail,
        _ => OpType.Info,
    };

    public static string Describe(Exception error) => error switch
    {
        TaskCanceledException or TimeoutException => "timeout",
        HttpRequestException { InnerException: SocketException s } => s.SocketErrorCode.ToString(),
        _ => error.Message.Split('\n')[0],
    };
}
