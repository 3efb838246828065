using System.Globalization;
using ChaosBench.Model;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers.NoLostWrites;

/// <summary>
/// Which lost writes a <c>loss-window</c> excuses. A product that syncs to disk on a timer (Redis
/// <c>appendfsync everysec</c>) acknowledges writes that a crash can still take, by design; a loss acknowledged at
/// most the window before a crash is excused, and so is one sent before the crash was over and answered at most the
/// window after it: the dying product's answer was on its way (in CI etcd 3.3 lost a put whose answer came just after
/// the engine confirmed it dead). A write sent once the crash was over was not the dying product's to lose. Excused
/// losses stay counted and reported, so the record shows what the product gave up. Without a window nothing is
/// excused, and nothing is added to the evidence.
/// </summary>
internal sealed class LossWindow
{
    private const int Examples = 10;

    private readonly TimeSpan? _window;
    private readonly List<TimelineEntry> _crashes;
    private readonly List<(Write Write, TimelineEntry Crash)> _excused = [];
    private readonly List<Write> _unexcused = [];

    private LossWindow(TimeSpan? window, List<TimelineEntry> crashes)
    {
        _window = window;
        _crashes = crashes;
    }

    /// <summary>The lost writes no crash excuses, in the order they were given.</summary>
    public IReadOnlyList<Write> Unexcused => _unexcused;

    /// <summary>Sorts <paramref name="lost"/> into excused and not, against <paramref name="crashes"/> (the crash entries of the timeline).</summary>
    public static LossWindow Judge(TimeSpan? window, IReadOnlyList<TimelineEntry> crashes, IEnumerable<Write> lost)
    {
        var judged = new LossWindow(window, [.. crashes.OrderBy(e => e.Time)]);
        foreach (var write in lost)
        {
            // The first crash not over when the write was sent is the nearest one: if it is too far, every later one is.
            var crash = window is null ? null : judged._crashes.FirstOrDefault(c => Over(c) >= write.Invoked);
            if (crash is not null && crash.Time - write.Completed <= window && write.Completed - Over(crash) <= window)
            {
                judged._excused.Add((write, crash));
            }
            else
            {
                judged._unexcused.Add(write);
            }
        }

        return judged;
    }

    /// <summary>The window, what it excused and the oldest loss it did not; nothing without a window.</summary>
    public void AddEvidence(Dictionary<string, object?> evidence, Func<Write, string> label)
    {
        if (_window is not { } window)
        {
            return;
        }

        evidence["loss-window-seconds"] = window.TotalSeconds;
        evidence["lost-excused"] = _excused.Count;
        evidence["largest-excused-age-seconds"] = _excused.Count == 0 ? null : _excused.Max(e => Age(e)).TotalSeconds;
        evidence["excused-examples"] = _excused.Take(Examples).Select(e => Invariant($"{label(e.Write)}, acknowledged {Seconds(Age(e))} before {Name(e.Crash)}")).ToList();
        evidence["oldest-unexcused"] = Oldest() is { } oldest ? $"{label(oldest)}, {Why(oldest)}" : null;
    }

    /// <summary>
    /// The summary of a run whose every loss is excused, e.g. "lost 37 writes, all acknowledged within 0.84s before
    /// the power-loss of redis-1 at 4.00s; loss-window 1s" (<paramref name="noun"/> is plural: writes, adds,
    /// appends); null when nothing was lost, or without a window.
    /// </summary>
    public string? Excused(string noun)
    {
        if (_window is not { } window || _excused.Count == 0)
        {
            return null;
        }

        var largest = _excused.Max(Age);
        var crashes = string.Join(" or ", _excused.Select(e => e.Crash).Distinct().OrderBy(c => c.Time).Select(Name));
        var count = _excused.Count == 1 ? $"1 {noun[..^1]}, acknowledged" : $"{_excused.Count} {noun}, all acknowledged";
        return Invariant($"lost {count} within {Seconds(largest)} before {crashes}; loss-window {Durations.Format(window)}");
    }

    /// <summary>
    /// What a failure adds with a window: how many losses it excused, and the oldest it did not; a failure for
    /// another reason (an unexpected value) still says how many it excused. Nothing without a window.
    /// </summary>
    public string Outside(Func<Write, string> label) => _window is not { } window ? string.Empty
        : Oldest() is { } oldest ? Invariant($" ({_excused.Count} within the loss-window {Durations.Format(window)}; the oldest outside it: {label(oldest)}, {Why(oldest)})")
        : Invariant($" ({_excused.Count} excused by the loss-window {Durations.Format(window)})");

    /// <summary>What a pass with a window that excused nothing adds, so the summary always says what the window did.</summary>
    public string NoneExcused() => _window is { } window && _excused.Count == 0 ? $"; the loss-window {Durations.Format(window)} excused none" : string.Empty;

    /// <summary>How long before the crash a write was acknowledged; zero for one acknowledged while it took effect.</summary>
    private static TimeSpan Age((Write Write, TimelineEntry Crash) excused) =>
        excused.Crash.Time > excused.Write.Completed ? excused.Crash.Time - excused.Write.Completed : TimeSpan.Zero;

    private Write? Oldest() => _unexcused.Count == 0 ? null : _unexcused.MinBy(w => w.Completed);

    private string Why(Write write)
    {
        var acknowledged = $"acknowledged at {Seconds(write.Completed)}";
        if (_crashes.FirstOrDefault(c => Over(c) >= write.Invoked) is { } crash)
        {
            return write.Completed > Over(crash)
                ? Invariant($"{acknowledged}, {Seconds(write.Completed - Over(crash))} after {Name(crash)} was over")
                : Invariant($"{acknowledged}, {Seconds(crash.Time - write.Completed)} before {Name(crash)}");
        }

        return _crashes.Count == 0
            ? $"{acknowledged}, and no crash on the timeline"
            : $"{acknowledged}, after the last crash ({Name(_crashes[^1])})";
    }

    /// <summary>
    /// When the product was certainly down: a crash starts at its entry's time and is over once the engine confirmed
    /// it, so a write acknowledged in between was acknowledged by a dying product and may be lost too.
    /// </summary>
    private static TimeSpan Over(TimelineEntry crash) => crash.Time + (crash.ConfirmedAfter ?? TimeSpan.Zero);

    private static string Name(TimelineEntry crash) => $"the {crash.Kind} of {crash.Target} at {Seconds(crash.Time)}";

    private static string Seconds(TimeSpan t) => Invariant($"{t.TotalSeconds:0.00}s");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
