namespace ChaosBench.Engine;

/// <summary>One line a container wrote, with the stream it came from and the engine's timestamp.</summary>
public sealed record LogLine(LogStream Stream, DateTimeOffset Time, string Text);

/// <summary>Where a log line came from.</summary>
public enum LogStream
{
    Stdout,
    Stderr,
}
