using ChaosBench.Hosting;
using ChaosBench.Hosting.Extensions;
using ChaosBench.Tests.Cli;

namespace ChaosBench.Tests.Hosting;

public sealed class KindExtensionsTests
{
    private static string Assembly => typeof(NoteStep).Assembly.Location;

    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("chaosbench-extension-");

    [TearDown]
    public void DeleteFolder() => _folder.Delete(recursive: true);

    [Test]
    public void Load_AssemblyWithAKind_RegistersItBesideTheBuiltInOnes()
    {
        // Given the test assembly, which holds one public kind

        // When it is loaded as an extension
        var kinds = KindExtensions.Load(BuiltInKinds.Vocabulary, [Assembly]);

        // Then its kind is registered after the built-in faults, which are all still there
        Assert.That(kinds.Faults.Names, Is.EqualTo(BuiltInKinds.Vocabulary.Faults.Names.Append("note")));
    }

    [Test]
    public void Load_KindNamedLikeABuiltIn_RefusedNamingBoth()
    {
        // Given a vocabulary that already has a kind named 'note'
        var taken = BuiltInKinds.Vocabulary.With(new NoteStep());

        // When the assembly's 'note' is loaded into it
        var error = Assert.Throws<ExtensionException>(() => KindExtensions.Load(taken, [Assembly]))!;

        // Then the clash is named, with the assembly
        Assert.That(error.Message, Does.StartWith(Assembly).And.Contain("'note'").And.Contain(typeof(NoteStep).FullName!));
    }

    [Test]
    public void Load_MissingAssembly_NamesTheFileAndTheFix()
    {
        var missing = Path.Combine(_folder.FullName, "Nowhere.dll");

        var error = Assert.Throws<ExtensionException>(() => KindExtensions.Load(BuiltInKinds.Vocabulary, [missing]))!;

        Assert.That(error.Message, Does.StartWith(missing).And.Contain("fix:"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Lint_ScenarioUsingAnExtensionKind_CleanWithTheExtensionAndRefusedWithout(CancellationToken ct)
    {
        // Given a scenario with a 'note' step, and a chaosbench.json beside it naming the test assembly
        var scenario = Path.Combine(_folder.FullName, "noted.yaml");
        await File.WriteAllTextAsync(scenario, "name: noted\nduration: 5s\nservices:\n  app: { image: recipe:etcd-3.4 }\nfaults:\n  - at: 1s\n    note: { text: \"the backup starts\" }\n", ct);

        // When it is linted without the extension, with --extension, and with the chaosbench.json
        var without = await CliProcess.RunAsync(["lint", scenario], ct: ct);
        var given = await CliProcess.RunAsync(["lint", scenario, "--extension", Assembly], ct: ct);
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, KindExtensions.ConfigFile), $"{{ \"extensions\": [\"{Assembly}\"] }}", ct);
        var configured = await CliProcess.RunAsync(["lint", scenario], ct: ct);

        // Then the unknown kind is an error with its place, and either way of naming the extension makes it known
        Assert.That((without.ExitCode, CliProcess.OwnLines(without.Stderr)), Is.EqualTo((2, new List<string> { $"{scenario}:7:5: unknown fault kind 'note'; fix: use one of: at, kill, restart, stop, start, pause, resume, delete-path, partition, heal, version-hop, power-loss, torn-write, bitflip, truncate, exec, request, zero-sector, disk-full, io-error, slow-io, reorder, clear-disk-faults, clock, reset-clock, latency, bandwidth, slow-close, timeout, reset, slicer, limit-data, loss" })));
        Assert.That((given.ExitCode, given.Stdout.Trim()), Is.EqualTo((0, $"ok  {scenario}")));
        Assert.That((configured.ExitCode, configured.Stdout.Trim()), Is.EqualTo((0, $"ok  {scenario}")));
    }
}
