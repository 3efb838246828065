using ChaosBench.Engine;
using ChaosBench.Engine.Docker;

namespace ChaosBench.Cli;

/// <summary>
/// The engine at <c>DOCKER_HOST</c>, asked only when a plan names an image that is not a recipe, and given up on
/// after its first failure: a plan is a quick look, and one "could not check" says it for every image.
/// </summary>
/// <param name="engine">An engine already connected, which stays its owner's; default: the one at <c>DOCKER_HOST</c>, connected on first use.</param>
internal sealed class EngineImageLookup(IContainerEngine? engine = null) : IImageLookup, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private readonly bool _owned = engine is null;
    private IContainerEngine? _engine = engine;
    private EngineException? _unavailable;

    public async Task<string?> IdOfAsync(string reference, CancellationToken ct)
    {
        if (_unavailable is not null)
        {
            throw _unavailable;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Patience);
        try
        {
            _engine ??= new DockerEngine();
            return (await _engine.Images.InspectAsync(reference, timeout.Token))?.Id;
        }
        catch (EngineException e)
        {
            throw _unavailable = e;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw _unavailable = new EngineException($"the engine did not answer within {Patience.TotalSeconds:0}s");
        }
    }

    public void Dispose()
    {
        if (_owned)
        {
            _engine?.Dispose();
        }
    }
}
