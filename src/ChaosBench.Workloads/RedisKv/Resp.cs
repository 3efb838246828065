using System.Globalization;
using System.Text;

namespace ChaosBench.Workloads.RedisKv;

/// <summary>RESP2 requests: a command is an array of bulk strings, which is binary-safe whatever the words hold.</summary>
internal static class Resp
{
    /// <summary><c>*2\r\n$3\r\nGET\r\n$3\r\nk01\r\n</c> for <c>GET k01</c>.</summary>
    public static byte[] Encode(IReadOnlyList<string> words)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"*{words.Count}\r\n");
        foreach (var word in words)
        {
            text.Append(CultureInfo.InvariantCulture, $"${Encoding.UTF8.GetByteCount(word)}\r\n").Append(word).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
