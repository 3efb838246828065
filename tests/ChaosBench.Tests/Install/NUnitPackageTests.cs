using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace ChaosBench.Tests.Install;

/// <summary>
/// ChaosBench.NUnit as a QA team consumes it: a new test project in a folder of its own that references the package
/// from the packed folder only, and runs a scenario as a test with <c>dotnet test</c>.
/// </summary>
[Category("Docker")]
[CancelAfter(900_000)]
public sealed class NUnitPackageTests
{
    private string _root = null!;

    [SetUp]
    public void CreateFolder() => _root = Directory.CreateTempSubdirectory("chaosbench-consumer-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_root, recursive: true);

    [Test]
    public async Task DotnetTest_NewProjectReferencingOnlyThePackage_RunsTheScenarioAsAPassingTest()
    {
        // Given a new test project whose one package source is the packed folder: every other package must already be
        // in this machine's package caches, so nothing is downloaded
        var packages = await PackagesFixture.FolderAsync();
        var project = Directory.CreateDirectory(Path.Combine(_root, "qa")).FullName;
        await File.WriteAllTextAsync(Path.Combine(project, "nuget.config"), NuGetConfig(packages, Path.Combine(_root, "packages")));
        await File.WriteAllTextAsync(Path.Combine(project, "Qa.csproj"), ProjectFile());
        await File.WriteAllTextAsync(Path.Combine(project, "ScenarioTests.cs"), TestClass);
        Directory.CreateDirectory(Path.Combine(project, "scenarios"));
        await File.WriteAllTextAsync(Path.Combine(project, "scenarios", "redis-restart.yaml"), Scenario);

        // When the team runs its tests
        var (exit, stdout, stderr) = await ChildProcess.RunAsync("dotnet", ["test", "-nologo"], project);

        // Then the scenario ran as one test and passed, on a built-in recipe the package brought into the output
        Assert.That(exit, Is.Zero, stdout + stderr);
        Assert.That(stdout, Does.Match(@"Passed!\s+- Failed:\s+0, Passed:\s+1, Skipped:\s+0, Total:\s+1"));
        Assert.That(File.Exists(Path.Combine(project, "bin", "Debug", "net10.0", "fixtures", "images", "redis-7.0.yaml")), Is.True);
        var record = Directory.GetFiles(project, "run.json", SearchOption.AllDirectories).Single();
        Assert.That(JsonNode.Parse(await File.ReadAllTextAsync(record))!["outcome"]!.GetValue<string>(), Is.EqualTo("passed"));
    }

    /// <summary>A short scenario on a built-in recipe, which only the package can have brought: Redis restarted, and up again.</summary>
    private const string Scenario = """
        name: qa-redis-restart
        duration: 4s
        services:
          redis: { image: recipe:redis-7.0, ready: { exec: [redis-cli, ping], within: 30s } }
        faults:
          - at: 1s
            restart: { target: redis }
        expect:
          - log: { service: redis, pattern: "Ready to accept connections", at-least: 2 }
        """;

    /// <summary>A test class as docs/nunit.md shows it; the category is also what makes NUnit's adapter look in the assembly.</summary>
    private const string TestClass = """
        using ChaosBench.Model;
        using ChaosBench.NUnit;
        using NUnit.Framework;

        [assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

        namespace Qa;

        [Category("Docker")]
        [CancelAfter(600_000)]
        public sealed class ScenarioTests
        {
            [ChaosScenarios("scenarios")]
            public Task Scenario_Runs_ExpectationsHold(Scenario scenario) => ChaosAssert.PassesAsync(scenario);
        }
        """;

    /// <summary>The packed folder as the only source; this machine's package folders as fallbacks; a cache of the test's own.</summary>
    private static string NuGetConfig(string packages, string cache)
    {
        var fallbacks = new[]
            {
                Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
                "/opt/nuget/packages",
            }
            .Where(Directory.Exists)
            .Select((folder, i) => new XElement("add", new XAttribute("key", $"cache{i}"), new XAttribute("value", folder)));
        return new XDocument(new XElement("configuration",
            new XElement("config", new XElement("add", new XAttribute("key", "globalPackagesFolder"), new XAttribute("value", cache))),
            new XElement("packageSources", new XElement("clear"), new XElement("add", new XAttribute("key", "chaosbench"), new XAttribute("value", packages))),
            new XElement("fallbackPackageFolders", new XElement("clear"), fallbacks))).ToString();
    }

    /// <summary>A plain test project: ChaosBench.NUnit at this run's version, the test SDK and adapter at the repository's versions.</summary>
    private static string ProjectFile()
    {
        var versions = XDocument.Load(Path.Combine(TestEnvironment.RepoRoot, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(p => p.Attribute("Include")!.Value, p => p.Attribute("Version")!.Value);
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <IsTestProject>true</IsTestProject>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ChaosBench.NUnit" Version="{PackagesFixture.Version}" />
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="{versions["Microsoft.NET.Test.Sdk"]}" />
                <PackageReference Include="NUnit3TestAdapter" Version="{versions["NUnit3TestAdapter"]}" />
              </ItemGroup>
            </Project>
            """;
    }
}
