using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Builders;

namespace ChaosBench.NUnit;

/// <summary>
/// Turns every scenario file under a folder into one test case of the method, named after the scenario, with the
/// loaded <see cref="Model.Scenario"/> as its argument:
/// <code>
/// [ChaosScenarios("scenarios/etcd")]
/// public Task Survives(Scenario scenario) => ChaosAssert.PassesAsync(scenario);
/// </code>
/// A file that does not load becomes a case that cannot run, carrying the loader's <c>file:line:column</c> errors.
/// </summary>
/// <param name="path">
/// A scenario file or folder: absolute, or relative to the working directory, the test assembly's folder, or any folder
/// above them (so a path from the test project or the repository root works). Same as <see cref="ScenarioCases.From"/>.
/// </param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class ChaosScenariosAttribute(string path) : NUnitAttribute, ITestBuilder, IImplyFixture
{
    /// <summary>The scenario file or folder, as given.</summary>
    public string Path { get; } = path;

    /// <inheritdoc/>
    public IEnumerable<TestMethod> BuildFrom(IMethodInfo method, Test? suite)
    {
        var builder = new NUnitTestCaseBuilder();
        return ScenarioCases.From(Path).Select(c => builder.BuildTestMethod(method, suite, c));
    }
}
