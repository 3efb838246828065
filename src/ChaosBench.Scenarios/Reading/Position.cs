using YamlDotNet.Core;

namespace ChaosBench.Scenarios.Reading;

/// <summary>A 1-based line and column in a scenario file.</summary>
internal readonly record struct Position(int Line, int Column)
{
    public static Position Start { get; } = new(1, 1);

    public static Position Of(Mark mark) => new((int)mark.Line, (int)mark.Column);
}
