using ChaosBench.Model;

namespace ChaosBench.Tests.Model;

public sealed class RecipeReferenceTests
{
    [TestCase("nats-2.10", false)]
    [TestCase("redis-7.0", false)]
    [TestCase("./recipes/nats-2.10.yaml", true)]
    [TestCase("../shared/nats.yaml", true)]
    [TestCase("nats-2.10.yaml", true)]
    [TestCase("/abs/nats.yml", true)]
    public void IsFile_Reference_TellsPathFromName(string recipe, bool isFile) =>
        Assert.That(RecipeReference.IsFile(recipe), Is.EqualTo(isFile));

    [Test]
    public void FileOf_RelativePath_IsFromTheScenarioFolderWithDotDotResolved()
    {
        var file = RecipeReference.FileOf("./recipes/../images/nats-2.10.yaml", "/srv/qa/scenarios/nats/restart.yaml");

        Assert.That(file, Is.EqualTo("/srv/qa/scenarios/nats/images/nats-2.10.yaml"));
    }

    [Test]
    public void FileOf_NoScenarioFile_IsFromTheWorkingDirectory() =>
        Assert.That(RecipeReference.FileOf("recipes/x.yaml", null), Is.EqualTo(Path.Combine(Environment.CurrentDirectory, "recipes", "x.yaml")));
}
