using ChaosBench.Model;
using ChaosBench.Faults.VersionHop;

namespace ChaosBench.Tests.Model;

public sealed class ImageSourceValidatorTests
{
    private static ScenarioBuilder Qdrant() => new ScenarioBuilder("qdrant", TestKinds.All)
        .Duration(TimeSpan.FromSeconds(10))
        .Service("qdrant", s => s.Image = "qdrant/qdrant:v1.13.4")
        .Service("cache", s => s.Image = "recipe:redis-7.0")
        .Fault(TimeSpan.FromSeconds(2), new VersionHopOptions { Target = "qdrant", To = "qdrant/qdrant:v1.13.5" });

    [Test]
    public void Build_TarballsForServiceAndHopImages_CarriedAsWritten()
    {
        // Given tarballs for the service's image and the version hop's
        var builder = Qdrant()
            .Image("qdrant/qdrant:v1.13.4", i => i.Tarball = "images/qdrant-v1.13.4.tar")
            .Image("qdrant/qdrant:v1.13.5", i => i.Tarball = "images/qdrant-v1.13.5.tar");

        // When it is built
        var scenario = builder.Build();

        // Then both sources are there, relative as written, and the images are listed once each in order
        Assert.That(scenario.Images["qdrant/qdrant:v1.13.4"], Is.EqualTo(new ImageSource("images/qdrant-v1.13.4.tar")));
        Assert.That(scenario.Images["qdrant/qdrant:v1.13.5"], Is.EqualTo(new ImageSource("images/qdrant-v1.13.5.tar")));
        Assert.That(scenario.ImageReferences(), Is.EqualTo(new[] { "qdrant/qdrant:v1.13.4", "recipe:redis-7.0", "qdrant/qdrant:v1.13.5" }));
    }

    [Test]
    public void Validate_UnusedRecipeAndEmptySources_EachReported()
    {
        // Given a source for an image nothing uses, one for a recipe, and one without a tarball
        var options = Qdrant()
            .Image("qdrant/qdrant:v1.13.3", i => i.Tarball = "q.tar")
            .Image("recipe:redis-7.0", i => i.Tarball = "r.tar")
            .Image("qdrant/qdrant:v1.13.4", _ => { })
            .ToOptions();

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All).Select(e => e.ToString());

        // Then each is named with its fix
        Assert.That(errors, Is.EqualTo(new[]
        {
            "images.qdrant/qdrant:v1.13.3: no service or version-hop uses image 'qdrant/qdrant:v1.13.3'; fix: did you mean 'qdrant/qdrant:v1.13.4'?",
            "images.recipe:redis-7.0: recipe:redis-7.0 is built offline from fixtures/images/redis-7.0.yaml, so it takes no tarball; fix: remove 'recipe:redis-7.0' from 'images'",
            "images.qdrant/qdrant:v1.13.4.tarball: qdrant/qdrant:v1.13.4 needs a 'tarball' or 'use'; fix: add e.g. 'tarball: images/qdrant-v1.13.4.tar', a file written by 'docker save', relative to the scenario file, or 'use: recipe:etcd-3.5' to run another image in its place",
        }));
    }
}
