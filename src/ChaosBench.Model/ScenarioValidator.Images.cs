using ChaosBench.Model.Options;

namespace ChaosBench.Model;

/// <summary><c>images:</c>: each entry is an image the scenario uses, with a source that can provide it.</summary>
public static partial class ScenarioValidator
{
    private static void ValidateImages(ScenarioOptions scenario, List<ScenarioError> errors)
    {
        var used = scenario.Services.Values.Where(s => s.External is null && s.Image is not null).Select(s => s.Image!)
            .Concat(scenario.Faults.Where(f => f.To is not null).Select(f => f.To!))
            .Distinct()
            .ToList();
        foreach (var (reference, source) in scenario.Images)
        {
            var path = $"images.{reference}";
            if (Service.RecipeOf(reference) is { } recipe)
            {
                errors.Add(new(path, $"{reference} is built offline from fixtures/images/{recipe}.yaml, so it takes no tarball", $"remove '{reference}' from 'images'"));
            }
            else if (!used.Contains(reference))
            {
                var others = used.Where(u => Service.RecipeOf(u) is null).ToList();
                errors.Add(new(path, $"no service or version-hop uses image '{reference}'", others.Count > 0 ? Names.Suggest(reference, others) : "name the image exactly as a service's 'image' or a version-hop's 'to' writes it"));
            }

            if (string.IsNullOrWhiteSpace(source.Tarball))
            {
                errors.Add(new($"{path}.tarball", $"{reference} needs a 'tarball'", "add e.g. 'tarball: images/qdrant-v1.13.4.tar', a file written by 'docker save', relative to the scenario file"));
            }
        }
    }
}
