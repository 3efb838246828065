using System.CommandLine;
using ChaosBench.Reports.Merge;

namespace ChaosBench.Cli.Sharding;

/// <summary><c>--shard I/N [--durations PATH]</c>: which of the named scenario files this machine takes, the same on every machine.</summary>
internal sealed class ShardArguments
{
    private readonly Option<string> _shard = new("--shard") { Description = "Take only shard I of N (e.g. 2/3); every machine splits the files the same way. Run from the same folder everywhere: files are named relative to it." };
    private readonly Option<string> _durations = new("--durations") { Description = "Balance the shards by earlier runs: a run folder, a folder of them (an earlier --out), or a merged report folder or summary.json. Default: split by name." };

    public void AddTo(Command command)
    {
        command.Options.Add(_shard);
        command.Options.Add(_durations);
    }

    /// <summary>
    /// Loads every named scenario and picks this machine's shard (all of them without <c>--shard</c>); writes which
    /// files the shard takes to <paramref name="listing"/>. Every file is loaded, so that each machine rejects a
    /// broken suite alike. Null when anything is wrong, every error printed.
    /// </summary>
    /// <param name="strictVariables">A Compose file's unset variable is an error, not empty (<c>run --strict-env</c>).</param>
    /// <param name="allowHost">Load the scenarios as <c>--allow-host</c> says (docs/trust.md).</param>
    public ScenarioSelection? Load(ParseResult parse, IEnumerable<string> paths, TextWriter listing, bool strictVariables = false, bool allowHost = false)
    {
        var files = ScenarioArguments.Files(paths, out var valid);
        var (shard, durations) = (parse.GetValue(_shard), parse.GetValue(_durations));
        if (shard is null)
        {
            return durations is null ? Loaded(files, null, valid, strictVariables, allowHost) : Usage("--durations balances shards; fix: add --shard I/N, or drop --durations");
        }

        if (Shard.Parse(shard) is not { } chosen)
        {
            return Usage($"--shard '{shard}' is not I/N with 1 <= I <= N; fix: e.g. --shard 1/2 and --shard 2/2 on two machines");
        }

        var recorded = new Dictionary<string, TimeSpan>();
        try
        {
            foreach (var (file, elapsed) in durations is null ? new Dictionary<string, TimeSpan>() : Durations(durations))
            {
                recorded[Key(file)] = elapsed;
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return Usage($"--durations: {e.Message}");
        }

        var keys = files.Select(Key).ToList();
        var mine = ShardSplit.Split(keys, chosen.Count, recorded)[chosen.Index - 1];
        ShardListing.Write(listing, chosen, keys, mine, recorded);
        return Loaded(keys.Distinct(StringComparer.Ordinal), mine.ToHashSet(StringComparer.Ordinal), valid, strictVariables, allowHost);
    }

    private static IReadOnlyDictionary<string, TimeSpan> Durations(string path) =>
        Directory.Exists(path) || File.Exists(path)
            ? RecordedDurations.Read(path)
            : throw new InvalidDataException($"no file or folder '{path}'; fix: name an earlier run's --out folder or its merged summary.json");

    /// <summary>All scenarios of <paramref name="files"/>, and those of <paramref name="chosen"/> (null: all).</summary>
    private static ScenarioSelection? Loaded(IEnumerable<string> files, HashSet<string>? chosen, bool valid, bool strictVariables, bool allowHost) =>
        ScenarioArguments.Load(files, strictVariables, allowHost) is { } all && valid
            ? new ScenarioSelection(all, chosen is null ? all : [.. all.Where(s => chosen.Contains(s.SourceFile!))])
            : null;

    private static ScenarioSelection? Usage(string message)
    {
        Console.Error.WriteLine($"chaosbench: {message}");
        return null;
    }

    /// <summary>A file as every machine names it: relative to the working folder, '/'-separated.</summary>
    private static string Key(string file) => Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(file)).Replace('\\', '/');
}
