using System.Text.RegularExpressions;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Tests.Model;

/// <summary>
/// A kind's name is written in its own folder and nowhere else in <c>src/</c>: no list of kind names can be kept
/// elsewhere, and so none can drift from the kinds (issue 17).
/// </summary>
public sealed partial class KindNamesTests
{
    /// <summary>Words spelled like a kind that mean something else where they stand, by file under <c>src/</c>.</summary>
    private static readonly Dictionary<string, string[]> OtherMeanings = new()
    {
        // The engine's event actions, which the runner watches for containers it did not act on.
        ["ChaosBench.Runner/Evidence.cs"] = ["start", "kill", "stop", "pause", "restart"],
        // The C library's kill(2).
        ["ChaosBench.Engine/Local/Kernel.cs"] = ["kill"],
        // FUSE's truncate operation, named in the power-loss layer's errors.
        ["ChaosBench.PowerLoss/FuseCallbacks.cs"] = ["truncate"],
        // The layer's own disk faults name themselves in its reports; the layer cannot see the fault kinds.
        ["ChaosBench.PowerLoss/DiskFaults/DiskFull.cs"] = ["disk-full"],
        ["ChaosBench.PowerLoss/DiskFaults/IoError.cs"] = ["io-error"],
        ["ChaosBench.PowerLoss/DiskFaults/SlowIo.cs"] = ["slow-io"],
        ["ChaosBench.PowerLoss/DiskFaults/Reorder.cs"] = ["reorder"],
        // A volume's durability, 'power-loss', which the power-loss and torn-write faults need.
        ["ChaosBench.Model/ScenarioValidator.cs"] = ["power-loss"],
        ["ChaosBench.Model/VolumeLayer.cs"] = ["power-loss"],
        ["ChaosBench.Model/ScenarioValidator.Timeline.cs"] = ["power-loss"],
        ["ChaosBench.Runner/Provisioning/LocalEngineCheck.cs"] = ["power-loss"],
        ["ChaosBench.Runner/Provisioning/Provisioner.cs"] = ["power-loss"],
        ["ChaosBench.Cli/ServicesSection.cs"] = ["power-loss"],
        ["ChaosBench.Scenarios/Compose/ComposeDurability.cs"] = ["power-loss"],
        ["ChaosBench.Scenarios/ScenarioSchema.cs"] = ["power-loss"],
        // A readiness probe's 'exec' and 'log', and a Compose healthcheck's exec form.
        ["ChaosBench.Scenarios/Reading/ServiceReader.cs"] = ["exec", "log"],
        ["ChaosBench.Scenarios/ScenarioSchema.Services.cs"] = ["exec", "log", "power-loss"],
        ["ChaosBench.Scenarios/Compose/ComposeHealthcheck.cs"] = ["exec", "timeout"],
        // Compose's 'restart:' policy key: a service's is overridden (and listed), depends_on's refused.
        ["ChaosBench.Scenarios/Compose/ComposeKeys.cs"] = ["restart"],
        ["ChaosBench.Scenarios/Compose/ComposeOverrides.cs"] = ["restart"],
        // The moment before the first phase of a run.
        ["ChaosBench.Runner/RunRecorder.cs"] = ["start"],
        ["ChaosBench.Cli/ConsoleProgress.cs"] = ["start"],
        ["ChaosBench.Reports/Markdown/MarkdownReport.cs"] = ["start"],
        // The timeline entry of an HTTP answer, which http-status wants captured.
        ["ChaosBench.Model/Records/TimelineKinds.cs"] = ["http-status"],
        // etcd's range request's own flag for a read from the member's local state.
        ["ChaosBench.Workloads/EtcdKv/EtcdClient.cs"] = ["serializable"],
        // The proxy's toxics name themselves in its events; the proxy cannot see the fault kinds.
        ["ChaosBench.Network/Proxy/Toxics/LatencyToxic.cs"] = ["latency"],
        ["ChaosBench.Network/Proxy/Toxics/BandwidthToxic.cs"] = ["bandwidth"],
        ["ChaosBench.Network/Proxy/Toxics/SlowCloseToxic.cs"] = ["slow-close"],
        ["ChaosBench.Network/Proxy/Toxics/TimeoutToxic.cs"] = ["timeout"],
        ["ChaosBench.Network/Proxy/Toxics/ResetToxic.cs"] = ["reset"],
        ["ChaosBench.Network/Proxy/Toxics/SlicerToxic.cs"] = ["slicer"],
        ["ChaosBench.Network/Proxy/Toxics/LimitDataToxic.cs"] = ["limit-data"],
        ["ChaosBench.Network/Proxy/Toxics/LossToxic.cs"] = ["loss"],
        // A client's or a probe's own timeout, as an operation's error or an HTTP probe's answer, and redis-kv's option.
        ["ChaosBench.Workloads/OpOutcome.cs"] = ["timeout"],
        ["ChaosBench.Runner/EvidenceProbes.cs"] = ["timeout"],
        ["ChaosBench.Workloads/RedisKv/RedisKvKind.cs"] = ["timeout"],
        // refuses-to-start's own option 'log'.
        ["ChaosBench.Checkers/RefusesToStart/RefusesToStartChecker.cs"] = ["log"],
    };

    private static string Sources => Path.Combine(TestEnvironment.RepoRoot, "src");

    [Test]
    public void Sources_KindNameLiteral_OnlyInItsKindsFolder()
    {
        // Given every registered fault, expectation and workload kind, with the folder of its class
        var folders = TestKinds.All.Faults.Cast<IKind>().Concat(TestKinds.All.Expectations).Concat(TestKinds.All.Workloads)
            .ToLookup(k => k.Name, FolderOf);

        // When every string literal in src/ is read
        var strays = Directory.GetFiles(Sources, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Sources, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f => Literals(f).Select(l => (File: f, l.Line, l.Text)))
            .Where(l => folders.Contains(l.Text)
                && !folders[l.Text].Any(folder => l.File.StartsWith(folder, StringComparison.Ordinal))
                && !OtherMeanings.GetValueOrDefault(l.File, []).Contains(l.Text))
            .Select(l => $"src/{l.File}:{l.Line}: \"{l.Text}\"")
            .ToList();

        // Then each kind's name is in its own folder only
        Assert.That(strays, Is.Empty, "a kind's name written outside its folder: read it from the kind (its Name, or a constant in its folder), or from the vocabulary");
    }

    [Test]
    public void Sources_NameListedByHand_IsFound()
    {
        // Given a file that lists two kinds by name, as the old FaultKinds did
        var literals = Literals(null, "private static readonly string[] Repairs = [\"start\", \"resume\"]; // \"heal\"");

        // Then the scan sees the list, and not the comment
        Assert.That(literals.Select(l => l.Text), Is.EqualTo(new[] { "start", "resume" }));
    }

    /// <summary>src/ASSEMBLY/FOLDER/ of the kind's class: its namespace below its assembly's.</summary>
    private static string FolderOf(IKind kind)
    {
        var assembly = kind.GetType().Assembly.GetName().Name!;
        return $"{assembly}{kind.GetType().Namespace![assembly.Length..].Replace('.', '/')}/";
    }

    private static IEnumerable<(int Line, string Text)> Literals(string? file, string? text = null) =>
        (text ?? File.ReadAllText(Path.Combine(Sources, file!))).Split('\n')
            .Select((line, i) => (Line: i + 1, Code: line.Split("//")[0]))
            .SelectMany(l => Literal().Matches(l.Code).Select(m => (l.Line, m.Groups[1].Value)));

    [GeneratedRegex(@"(?<![\\@$])""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();
}
