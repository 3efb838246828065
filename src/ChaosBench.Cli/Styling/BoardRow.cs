using System.Diagnostics;
using ChaosBench.Model.History;

namespace ChaosBench.Cli.Styling;

/// <summary>One row of the <see cref="LiveBoard"/>: what one run (or one image build) is doing; written by that run's threads and read at each redraw (a reference written whole, a moment late at worst).</summary>
internal sealed class BoardRow(string name)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public string Name { get; } = name;

    /// <summary>The run's phase (provision, ready, workload, heal, recovery, check); "starting" before the first.</summary>
    public string Phase { get; set; } = "starting";

    /// <summary>The fault or step the run is at, or a bar of what it is loading.</summary>
    public string Now { get; set; } = string.Empty;

    /// <summary>The run's history once it records: the operations are counted from it at each redraw.</summary>
    public History? History { get; set; }

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>The operations completed so far by outcome; none for a row without a history (an image build, a run before its workload).</summary>
    public (int Ok, int Fail, int Info)? Operations() =>
        History is { } h ? (h.CountOf(OpType.Ok), h.CountOf(OpType.Fail), h.CountOf(OpType.Info)) : null;
}
