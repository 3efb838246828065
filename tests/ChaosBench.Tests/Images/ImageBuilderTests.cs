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
    public async Task Ensure_RedisAndEtcdOfTwoSuites_RunAsTheSameUser()
    {
        // Given Redis 6.0 and etcd 3.3 from bullseye, Redis 7.0 and etcd 3.4 from bookworm, whose packages alone gave
        // their users different ids (etcd 101 and 100), each started with its own command, as root
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);
        var said = new Dictionary<string, string>();
        foreach (var (recipe, user, program) in new[] { ("redis-6.0", "redis", "redis-server"), ("redis-7.0", "redis", "redis-server"), ("etcd-3.3", "etcd", "etcd"), ("etcd-3.4", "etcd", "etcd") })
        {
            var image = await TestEnvironment.ImageAsync(recipe);
            var id = await run.CreateContainerAsync(new ContainerSpec { Image = image.Id, Name = $"{run.RunId}-{recipe}" });
            await engine.Containers.StartAsync(id);

            // When each image says who its user is and, once the entrypoint has become the product, whose uid runs it
            var result = await engine.Containers.ExecAsync(id, ["sh", "-c",
                $"for i in $(seq 100); do p=$(grep -lx {program} /proc/[0-9]*/comm 2>/dev/null | head -n 1); [ -n \"$p\" ] && break; sleep 0.1; done; " +
                $"id {user}; getent passwd $(awk '/^Uid:/ {{ print $2 }}' \"${{p%/comm}}/status\") | cut -d : -f 1"]);
            said[recipe] = result.Stdout.Trim() + result.Stderr.Trim();
        }

        // Then both suites pin it as the official images do, and the product runs as it, as Debian's packages run it
        var shown = string.Join(" | ", said);
        Assert.That(said["redis-6.0"], Is.EqualTo("uid=999(redis) gid=999(redis) groups=999(redis)\nredis"), shown);
        Assert.That(said["redis-7.0"], Is.EqualTo(said["redis-6.0"]), shown);
        Assert.That(said["etcd-3.3"], Is.EqualTo("uid=999(etcd) gid=999(etcd) groups=999(etcd)\netcd"), shown);
        Assert.That(said["etcd-3.4"], Is.EqualTo(said["etcd-3.3"]), shown);
    }

    [Test]
    public async Task Ensure_NginxOfTwoSuites_KnowsWwwDataAsTheSameUser()
    {
        // Given nginx 1.18 from bullseye and 1.26 from trixie, whose recipes pin no user: Debian fixes www-data at 33
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);

        // When each image says who www-data, the user its workers run as, is
        var ids = new List<string>();
        foreach (var recipe in new[] { "nginx-1.18", "nginx-1.26" })
        {
            var image = await TestEnvironment.ImageAsync(recipe);
            var id = await run.CreateContainerAsync(new ContainerSpec { Image = image.Id, Name = $"{run.RunId}-{recipe}", Command = ["sleep", "60"] });
            await engine.Containers.StartAsync(id);
            var said = await engine.Containers.ExecAsync(id, ["id", "www-data"]);
            ids.Add(said.Stdout.Trim() + said.Stderr.Trim());
        }

        // Then both agree without a pin
        Assert.That(ids, Is.All.EqualTo("uid=33(www-data) gid=33(www-data) groups=33(www-data)"), string.Join(" | ", ids));
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
