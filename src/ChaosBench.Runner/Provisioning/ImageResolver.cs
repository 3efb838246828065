using ChaosBench.Engine;
using ChaosBench.Images;
using ChaosBench.Model;
using ChaosBench.Model.Records;

namespace ChaosBench.Runner.Provisioning;

/// <summary>
/// Turns every image a scenario names (services and version-hop targets) into an image id. A recipe is built
/// offline when missing. Any other reference is used when the engine has it; else loaded from its tarball when
/// one is given; else pulled when pulling is allowed; else it is missing. Loaded and pulled images are not the
/// run's objects: teardown leaves them, like the recipes' images. An image the scenario maps to another
/// (<c>images: { REF: { use: OTHER } }</c>) is resolved as the other.
/// </summary>
internal sealed class ImageResolver(IContainerEngine engine, ImageBuilder builder, RunSettings settings)
{
    public async Task<(Dictionary<string, string> Ids, List<ImageRecord> Records)> ResolveAsync(Scenario scenario, CancellationToken ct)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var records = new List<ImageRecord>();
        var wanted = scenario.Services.Where(s => !s.IsExternal).Select(s => (s.Name, s.Image))
            .Concat(scenario.Faults.SelectMany(f => f.Kind.Images(f.Options).Select(image => (Name: $"faults[{f.Index}]", Image: image))));
        foreach (var (user, written) in wanted)
        {
            // Ids stay under the reference as written (services and faults look them up so); the rest is about what
            // runs, each resolved image once however many references are mapped to it.
            var reference = scenario.Resolve(written);
            if (records.FirstOrDefault(r => r.Reference == reference) is { } known)
            {
                ids[written] = known.Id;
                continue;
            }

            var (id, packages, source) = await ResolveAsync(reference, scenario.SourceFile, ct);
            if (settings.PinnedImages.TryGetValue(reference, out var expected) && expected != id)
            {
                throw new ImageMismatchException(reference, expected, id);
            }

            ids[written] = id;
            records.Add(new ImageRecord(user, reference, id, packages) { Source = written == reference ? source : $"{source}, in place of {written}" });
        }

        return (ids, records);
    }

    private async Task<(string Id, IReadOnlyDictionary<string, string> Packages, string Source)> ResolveAsync(string reference, string? scenarioFile, CancellationToken ct)
    {
        if (Service.RecipeOf(reference) is { } recipe)
        {
            // A built-in recipe is what it always was; any other says which file built the image.
            var built = await builder.EnsureAsync(recipe, scenarioFile, ct);
            return (built.Id, built.Packages, built.Recipe.Location.Source == RecipeSource.BuiltIn ? "recipe" : $"recipe {built.Recipe.Location.File}");
        }

        // A tarball that is not there is passed over for a pull, which was asked for; without one it is the error.
        var tarball = settings.Tarballs.GetValueOrDefault(reference);
        var (image, source) = await engine.Images.InspectAsync(reference, ct) is { } present
            ? (present, "engine")
            : tarball is not null && File.Exists(tarball) ? (await LoadAsync(reference, tarball, ct), $"tarball {tarball}")
            : settings.Pull ? (await PullAsync(reference, ct), "pulled")
            : throw new ImageMissingException(reference, tarball);
        return (image.Id, ImageLabels.PackagesOf(image.Labels), source);
    }

    /// <summary>Loads the tarball and insists that it provided <paramref name="reference"/>, not just some image.</summary>
    private async Task<ImageInfo> LoadAsync(string reference, string tarball, CancellationToken ct)
    {
        settings.Observer.Note($"loading {reference} from {tarball}");
        IReadOnlyList<string> loaded;
        await using (var file = File.OpenRead(tarball))
        {
            await using var counted = new ProgressStream(file, (done, total) => settings.Observer.Progress($"loading {reference}", done, total));
            loaded = await engine.Images.LoadAsync(counted, ct);
        }

        return await engine.Images.InspectAsync(reference, ct) ?? throw new ImageTarballException(reference, tarball, loaded);
    }

    private async Task<ImageInfo> PullAsync(string reference, CancellationToken ct)
    {
        settings.Observer.Note($"pulling {reference} (--pull)");
        await engine.Images.PullAsync(reference, (done, total) => settings.Observer.Progress($"pulling {reference}", done, total), ct);
        return await engine.Images.InspectAsync(reference, ct)
            ?? throw new EngineException($"pull image {reference}: the engine reported no error but has no such image afterwards");
    }
}
