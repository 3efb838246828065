using ChaosBench.Engine;

namespace ChaosBench.Faults;

/// <summary>How a captured log line is written: the engine's timestamp, O or E for the stream, the text.</summary>
public static class LogFormat
{
    public static string Line(LogLine line) => $"{line.Time:O} {(line.Stream == LogStream.Stderr ? "E" : "O")} {line.Text}";
}
