using ChaosBench.Engine;
using ChaosBench.Images;
using ChaosBench.Model;
using ChaosBench.Model.Records;

namespace ChaosBench.Runner.Provisioning;

/// <summary>
/// Turns every image a scenario names (services and version-hop targets) into an image id: recipes are
/// built offline when missing; other references must already be on the engine, since nothing is pulled.
/// </summary>
internal sealed class ImageResolver(IContainerEngine engine, ImageBuilder builder)
{
    public async Task<(Dictionary<string, string> Ids, List<ImageRecord> Records)> ResolveAsync(Scenario scenario, IReadOnlyDictionary<string, string> pinned, CancellationToken ct)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var records = new List<ImageRecord>();
        var wanted = scenario.Services.Select(s => (s.Name, s.Image))
            .Concat(scenario.Faults.Where(f => f.To is not null).Select(f => (Name: $"faults[{f.Index}]", Image: f.To!)));
        foreach (var (user, reference) in wanted)
        {
            if (!ids.ContainsKey(reference))
            {
                var (id, packages) = await ResolveAsync(reference, ct);
                if (pinned.TryGetValue(reference, out var expected) && expected != id)
                {
                    throw new ImageMismatchException(reference, expected, id);
                }

                ids[reference] = id;
                records.Add(new ImageRecord(user, reference, id, packages));
            }
        }

        return (ids, records);
    }

    private async Task<(string Id, IReadOnlyDictionary<string, string> Packages)> ResolveAsync(string reference, CancellationToken ct)
    {
        if (Service.RecipeOf(reference) is { } recipe)
        {
            var built = await builder.EnsureAsync(recipe, ct);
            return (built.Id, built.Packages);
        }

        var image = await engine.Images.InspectAsync(reference, ct)
            ?? throw new ImageMissingException(reference);
        return (image.Id, ImageLabels.PackagesOf(image.Labels));
    }
}
