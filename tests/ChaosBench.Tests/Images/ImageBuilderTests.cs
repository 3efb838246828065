using System.Diagnostics;
using ChaosBench.Engine;
using ChaosBench.Images;

namespace ChaosBench.Tests.Images;

[Category("Docker")]
[CancelAfter(600_000)]
public sealed class ImageBuilderTests
{
    [Test]
    public async Task Ensure_Etcd34_LabelsImageWithDebianPackageVersions()
    {
        var image = await TestEnvironment.ImageAsync("etcd-3.4");
        using var engine = TestEnvironment.Engine();

        var inspected = await engine.Images.InspectAsync("chaosbench/etcd:3.4");

        Assert.That(inspected, Is.Not.Null);
        Assert.That(inspected!.Id, Is.EqualTo(image.Id));
        Assert.That(inspected.Labels["chaosbench.package.etcd-server"], Does.Match(@"^3\.4\.\d+-"));
        Assert.That(inspected.Labels[ImageLabels.RecipeHash], Is.EqualTo(TestEnvironment.Recipes.Get("etcd-3.4").Hash));
    }

    [Test]
    public async Task Ensure_SecondBuildOfSameRecipe_IsCacheHitUnderTwoSeconds()
    {
        await TestEnvironment.ImageAsync("etcd-3.4");
        using var engine = TestEnvironment.Engine();
        var builder = new ImageBuilder(engine, TestEnvironment.Recipes, new ImageBuildOptions());

        var clock = Stopwatch.StartNew();
        var again = await builder.EnsureAsync("etcd-3.4");
        clock.Stop();

        Assert.That(again.CacheHit, Is.True);
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public async Task Ensure_PostgresqlOfTwoSuites_RunAsTheSameUser()
    {
        // Given PostgreSQL 13 from bullseye and 15 from bookworm, whose packages alone gave postgres uid 101 and 100
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);

        // When each image says who postgres is
        var ids = new List<string>();
        foreach (var recipe in new[] { "postgresql-13", "postgresql-15" })
        {
            var image = await TestEnvironment.ImageAsync(recipe);
            var id = await run.CreateContainerAsync(new ContainerSpec { Image = image.Id, Name = $"{run.RunId}-{recipe}", Command = ["sleep", "60"] });
            await engine.Containers.StartAsync(id);
            var said = await engine.Containers.ExecAsync(id, ["id", "postgres"]);
            ids.Add(said.Stdout.Trim() + said.Stderr.Trim());
        }

        // Then both pin it as the official images do
        Assert.That(ids, Is.All.StartWith("uid=999(postgres) gid=999(postgres) "), string.Join(" | ", ids));
        Assert.That(ids[1], Is.EqualTo(ids[0]));
    }

    [Test]
    public void Ensure_UnknownRecipe_NamesClosestRecipe()
    {
        using var engine = TestEnvironment.Engine();
        var builder = new ImageBuilder(engine, TestEnvironment.Recipes, new ImageBuildOptions());

        var error = Assert.ThrowsAsync<RecipeNotFoundException>(() => builder.EnsureAsync("etcd-3.44"));

        Assert.That(error!.Message, Does.Contain("did you mean 'etcd-3.4'"));
    }
}
