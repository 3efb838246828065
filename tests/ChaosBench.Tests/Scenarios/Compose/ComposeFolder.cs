using ChaosBench.Model.Options;
using ChaosBench.Scenarios;

namespace ChaosBench.Tests.Scenarios.Compose;

/// <summary>A temporary folder holding a scenario that names <c>app.compose.yaml</c>, loaded with a table for the environment.</summary>
internal sealed class ComposeFolder : IDisposable
{
    public const string Scenario = "name: compose-test\nduration: 10s\ncompose: app.compose.yaml\n";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("chaosbench-compose-");

    public Dictionary<string, string> Environment { get; } = [];

    /// <summary>Loads as <c>--allow-host</c> does.</summary>
    public bool AllowHost { get; set; }

    private ScenarioLoader Loader => AllowHost ? new ScenarioLoader(TestKinds.All) { AllowHost = true } : TestKinds.Loader;

    public string ScenarioPath => Path.Combine(_folder.FullName, "scenario.yaml");

    public string ComposePath => Path.Combine(_folder.FullName, "app.compose.yaml");

    public string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The options of the scenario, with <paramref name="compose"/> as its Compose file.</summary>
    public ScenarioFile Load(string compose, string scenario = Scenario)
    {
        Write("app.compose.yaml", compose);
        Write("scenario.yaml", scenario);
        return Loader.LoadOptions(ScenarioPath, Environment.GetValueOrDefault);
    }

    public ServiceOptions Service(string compose, string name = "app") => Load(compose).Options.Services[name];

    /// <summary>The errors loading reports, each with the folder left out of its file; <paramref name="strict"/> as certify loads.</summary>
    public IEnumerable<string> Errors(string compose, string scenario = Scenario, bool strict = false)
    {
        try
        {
            Write("app.compose.yaml", compose);
            Write("scenario.yaml", scenario);
            Loader.Load(ScenarioPath, Environment.GetValueOrDefault, strict);
            return [];
        }
        catch (ScenarioLoadException e)
        {
            return e.Errors.Select(error => error.ToString().Replace(_folder.FullName + "/", string.Empty, StringComparison.Ordinal));
        }
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
