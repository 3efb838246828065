using ChaosBench.Model.Kinds;
using ChaosBench.Model.Options;

namespace ChaosBench.Model;

/// <summary><c>images:</c>: each entry is an image the scenario uses, with a source that can provide it or an image to run instead.</summary>
public static partial class ScenarioValidator
{
    private static void ValidateImages(ScenarioOptions scenario, Vocabulary kinds, List<ScenarioError> errors)
    {
        var used = scenario.Services.Values.Where(s => s.External is null && s.Image is not null).Select(s => s.Image!)
            .Concat(scenario.Faults.SelectMany(f => kinds.Faults.Find(f.Kind) is { } kind && f.Options?.GetType() == kind.OptionsType ? kind.Images(f.Options) : []))
            .Distinct()
            .ToList();
        foreach (var (reference, source) in scenario.Images)
        {
            var path = $"images.{reference}";
            if (Service.RecipeOf(reference) is { } recipe && source.Tarball is not null)
            {
                errors.Add(new(path, $"{reference} is built offline from fixtures/images/{recipe}.yaml, so it takes no tarball", $"remove '{reference}' from 'images'"));
            }
            else if (!used.Contains(reference))
            {
                var others = used.Where(u => Service.RecipeOf(u) is null).ToList();
                errors.Add(new(path, $"no service or version-hop uses image '{reference}'", others.Count > 0 ? Names.Suggest(reference, others) : "name the image exactly as a service's 'image' or a version-hop's 'to' writes it"));
            }

            if (source.Tarball is not null && source.Use is not null)
            {
                errors.Add(new($"{path}.use", $"{reference} takes a 'tarball' or 'use', not both: 'use' runs another image in its place, so its tarball would never load", "keep one of them"));
            }
            else if (string.IsNullOrWhiteSpace(source.Tarball) && string.IsNullOrWhiteSpace(source.Use))
            {
                errors.Add(new($"{path}.tarball", $"{reference} needs a 'tarball' or 'use'", "add e.g. 'tarball: images/qdrant-v1.13.4.tar', a file written by 'docker save', relative to the scenario file, or 'use: recipe:etcd-3.5' to run another image in its place"));
            }
            else if (source.Use is { } use && scenario.Images.TryGetValue(use, out var next) && next.Use is not null)
            {
                errors.Add(new($"{path}.use", $"{reference} uses {use}, which itself uses {next.Use}", $"write 'use: {next.Use}'"));
            }
        }
    }
}
