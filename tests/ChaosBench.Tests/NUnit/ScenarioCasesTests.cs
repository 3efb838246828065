using ChaosBench.Model;
using ChaosBench.NUnit;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace ChaosBench.Tests.NUnit;

/// <summary>The test cases a scenario folder turns into: loading only, no engine.</summary>
public sealed class ScenarioCasesTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("chaosbench-cases-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void From_QaSampleFolder_OneRunnableCasePerScenarioNamedAfterIt()
    {
        // Given the QA sample's scenario folder, by its path from the repository root

        // When it becomes test cases
        var cases = ScenarioCases.From("tests/ChaosBench.QaSample/scenarios").ToList();

        // Then each scenario is one runnable case, named after it, with the loaded scenario as its argument
        Assert.That(cases.Select(c => c.TestName), Is.EqualTo(new[] { "qa-etcd-restart", "qa-redis-kill" }));
        Assert.That(cases.Select(c => c.RunState), Is.All.EqualTo(RunState.Runnable));
        Assert.That(cases.Select(c => ((Scenario)c.Arguments[0]!).Name), Is.EqualTo(new[] { "qa-etcd-restart", "qa-redis-kill" }));
    }

    [Test]
    public void From_FolderWithABrokenFile_ThatCaseCannotRunAndCarriesTheLoaderError()
    {
        // Given a folder with one good scenario and one with a misspelt key
        File.Copy(Path.Combine(TestEnvironment.RepoRoot, "tests", "ChaosBench.QaSample", "scenarios", "redis-kill.yaml"), Path.Combine(_folder, "good.yaml"));
        File.WriteAllText(Path.Combine(_folder, "broken.yaml"), "name: broken\nduraton: 5s\n");

        // When it becomes test cases
        var cases = ScenarioCases.From(_folder).ToDictionary(c => c.TestName!);

        // Then the good one runs and the broken one is listed, not run, with file:line:column and the fix
        Assert.That(cases["qa-redis-kill"].RunState, Is.EqualTo(RunState.Runnable));
        Assert.That(cases["broken"].RunState, Is.EqualTo(RunState.NotRunnable));
        Assert.That(cases["broken"].Properties.Get(PropertyNames.SkipReason), Does.Contain("broken.yaml:2:1").And.Contain("fix:"));
    }

    [Test]
    public void From_PathThatDoesNotExist_OneCaseThatSaysWhatToFix()
    {
        var cases = ScenarioCases.From("no/such/scenarios").ToList();

        Assert.That(cases, Has.Count.EqualTo(1));
        Assert.That(cases[0].RunState, Is.EqualTo(RunState.NotRunnable));
        Assert.That(cases[0].Properties.Get(PropertyNames.SkipReason), Does.Contain("no file or folder 'no/such/scenarios'").And.Contain("fix:"));
    }

    [Test]
    public void BuildFrom_Attribute_NamesEachTestAfterItsScenario()
    {
        // Given a method carrying [ChaosScenarios] on the controls folder
        var method = new MethodWrapper(typeof(ScenarioCasesTests), nameof(Sample));

        // When NUnit builds its tests
        var tests = new ChaosScenariosAttribute("scenarios/controls").BuildFrom(method, null).ToList();

        // Then there is one runnable test per control, named after it
        Assert.That(tests.Select(t => t.Name), Does.Contain("redis-no-persistence-kill").And.Contain("etcd-data-deleted"));
        Assert.That(tests, Has.Count.EqualTo(Directory.GetFiles(Path.Combine(TestEnvironment.RepoRoot, "scenarios", "controls"), "*.yaml").Length));
        Assert.That(tests.Select(t => t.RunState), Is.All.EqualTo(RunState.Runnable));
    }

    public static void Sample(Scenario scenario) => Assert.That(scenario, Is.Not.Null);
}
