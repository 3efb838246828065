using System.Net.Sockets;
using System.Text;

namespace ChaosBench.QaSample.Testcontainers;

/// <summary>
/// The team's own Redis client: one command per connection, RESP over TCP. A call cancelled by a timeout leaves its
/// bytes sent: Redis runs the command whenever it reads them, which is what the sample's duplicate comes from.
/// </summary>
internal static class RespClient
{
    public static async Task<string> SendAsync(string host, int port, string[] command, CancellationToken ct)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(host, port, ct);
        var stream = tcp.GetStream();
        var request = new StringBuilder($"*{command.Length}\r\n");
        foreach (var part in command)
        {
            request.Append($"${Encoding.UTF8.GetByteCount(part)}\r\n{part}\r\n");
        }

        await stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToString()), ct);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await ReplyAsync(reader, ct);
    }

    /// <summary>A reply as text: a status or integer as written, a bulk string's content, an array's elements joined by spaces.</summary>
    private static async Task<string> ReplyAsync(StreamReader reader, CancellationToken ct)
    {
        var line = await reader.ReadLineAsync(ct) ?? throw new IOException("the connection closed before a reply");
        switch (line[0])
        {
            case '-':
                throw new InvalidOperationException(line[1..]);
            case '$':
                return int.Parse(line[1..], System.Globalization.CultureInfo.InvariantCulture) < 0 ? string.Empty : await reader.ReadLineAsync(ct) ?? string.Empty;
            case '*':
                var items = new List<string>();
                for (var i = int.Parse(line[1..], System.Globalization.CultureInfo.InvariantCulture); i > 0; i--)
                {
                    items.Add(await ReplyAsync(reader, ct));
                }

                return string.Join(' ', items);
            default:
                return line[1..];
        }
    }
}
