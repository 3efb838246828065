using System.Diagnostics;
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
    public void Ensure_UnknownRecipe_NamesClosestRecipe()
    {
        using var engine = TestEnvironment.Engine();
        var builder = new ImageBuilder(engine, TestEnvironment.Recipes, new ImageBuildOptions());

        var error = Assert.ThrowsAsync<RecipeNotFoundException>(() => builder.EnsureAsync("etcd-3.44"));

        Assert.That(error!.Message, Does.Contain("did you mean 'etcd-3.4'"));
    }
}
