using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Xml.Linq;

namespace ChaosBench.Tests.Install;

/// <summary>What ci/pack.sh puts in the packages: metadata a registry shows, every dependency packed too, Source Link, and the tool's files.</summary>
[CancelAfter(600_000)]
public sealed class PackageContentsTests
{
    /// <summary>The Source Link entry of a portable PDB's module (its GUID is fixed by the format).</summary>
    private static readonly Guid SourceLink = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    /// <summary>The repository URL as src/Directory.Build.props sets it, in the one place it is set.</summary>
    private static readonly string RepositoryUrl = XDocument.Load(Path.Combine(TestEnvironment.RepoRoot, "src", "Directory.Build.props"))
        .Descendants("ChaosBenchRepositoryUrl").Single().Value;

    [Test]
    public async Task Pack_EveryLibrary_HasMetadataAndEveryChaosBenchDependencyIsPackedToo()
    {
        // Given the packed folder
        var folder = await PackagesFixture.FolderAsync();
        var packages = Directory.GetFiles(folder, "*.nupkg").ToDictionary(p => Nuspec(p).Element("id")!.Value, Nuspec);

        // Then the libraries a user references and the tool are there, each described, licensed and linked to its source
        Assert.That(packages.Keys, Is.SupersetOf(new[] { "chaosbench", "ChaosBench.NUnit", "ChaosBench.Testcontainers", "ChaosBench.Hosting", "ChaosBench.Scenarios", "ChaosBench.Model" }));
        Assert.Multiple(() =>
        {
            foreach (var (id, metadata) in packages)
            {
                Assert.That(metadata.Element("version")!.Value, Is.EqualTo(PackagesFixture.Version), id);
                Assert.That(metadata.Element("description")!.Value, Is.Not.Empty, id);
                Assert.That(metadata.Element("authors")!.Value, Is.Not.Empty, id);
                Assert.That(metadata.Element("license")?.Attribute("type")?.Value, Is.EqualTo("expression"), id);
                Assert.That(metadata.Element("readme")?.Value, Is.EqualTo("README.md"), id);
                Assert.That(metadata.Element("repository")?.Attribute("url")?.Value, Is.EqualTo(RepositoryUrl), id);
                Assert.That(metadata.Element("repository")?.Attribute("commit")?.Value, Does.Match("^[0-9a-f]{40}$"), id);

                // ChaosBench.NUnit once depended on packages that were never packed
                var ours = metadata.Descendants("dependency").Select(d => d.Attribute("id")!.Value).Where(d => d.StartsWith("ChaosBench.", StringComparison.Ordinal));
                Assert.That(packages.Keys, Is.SupersetOf(ours), id);
            }
        });
    }

    [Test]
    public async Task Pack_LibraryAssembly_MapsItsSourcesToTheRepositoryWithSourceLink()
    {
        var folder = await PackagesFixture.FolderAsync();
        using var package = ZipFile.OpenRead(Path.Combine(folder, $"ChaosBench.NUnit.{PackagesFixture.Version}.nupkg"));

        var json = SourceLinkOf(package.GetEntry("lib/net10.0/ChaosBench.NUnit.dll")!);

        // The raw files of the commit it was built from, on the repository's host (whatever this clone's origin is)
        var raw = RepositoryUrl.Replace("https://github.com/", "https://raw.githubusercontent.com/", StringComparison.Ordinal);
        Assert.That(json, Does.Match($"\":\"{System.Text.RegularExpressions.Regex.Escape(raw)}/[0-9a-f]{{40}}/\\*\"}}"));
    }

    [Test]
    public async Task Pack_Tool_IsADotnetToolCarryingTheBuiltInRecipesAndTheEngineBootstrap()
    {
        var folder = await PackagesFixture.FolderAsync();
        using var tool = ZipFile.OpenRead(Path.Combine(folder, $"chaosbench.{PackagesFixture.Version}.nupkg"));
        var files = tool.Entries.Select(e => e.FullName).ToList();
        var recipes = Directory.GetFiles(Path.Combine(TestEnvironment.RepoRoot, "fixtures", "images"), "*", SearchOption.AllDirectories)
            .Select(f => "tools/net10.0/any/fixtures/images/" + Path.GetRelativePath(Path.Combine(TestEnvironment.RepoRoot, "fixtures", "images"), f));

        Assert.That(Nuspec(tool).Element("packageTypes")!.Elements().Select(t => t.Attribute("name")!.Value), Does.Contain("DotnetTool"));
        using var settings = new StreamReader(tool.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
        Assert.That(XDocument.Parse(await settings.ReadToEndAsync()).Descendants("Command").Single().Attribute("Name")!.Value, Is.EqualTo("chaosbench"));
        Assert.That(files, Is.SupersetOf(recipes).And.Contain("tools/net10.0/any/ci/engine.sh"));
    }

    private static XElement Nuspec(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return Nuspec(zip);
    }

    private static XElement Nuspec(ZipArchive package)
    {
        using var stream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");

        // Read without the schema's namespace, which differs between package kinds.
        foreach (var element in metadata.DescendantsAndSelf())
        {
            element.Name = element.Name.LocalName;
        }

        return metadata;
    }

    /// <summary>The Source Link JSON of the PDB embedded in the assembly <paramref name="entry"/>.</summary>
    private static string SourceLinkOf(ZipArchiveEntry entry)
    {
        using var bytes = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(bytes);
        }

        bytes.Position = 0;
        using var pe = new PEReader(bytes);
        var embedded = pe.ReadDebugDirectory().Single(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        using var pdb = pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded);
        var reader = pdb.GetMetadataReader();
        var blob = reader.GetCustomDebugInformation(EntityHandle.ModuleDefinition)
            .Select(reader.GetCustomDebugInformation)
            .Single(i => reader.GetGuid(i.Kind) == SourceLink).Value;
        return Encoding.UTF8.GetString(reader.GetBlobBytes(blob));
    }
}
