using System.Net;
using System.Text.Json.Nodes;
using ChaosBench.Engine;

namespace ChaosBench.Tests.Engine;

public sealed class ContainerParametersTests
{
    [Test]
    public async Task From_SpecWithCapabilities_NeverPrivilegedAndOnlyTheCapabilitiesAsked()
    {
        // Given a spec asking for one capability, the most any container of a run is given
        var spec = new ContainerSpec { Image = "img", CapAdd = ["NET_ADMIN"] };
        string? sent = null;
        using var handler = new FakeEngineHandler(async (request, _, ct) =>
        {
            sent = await request.Content!.ReadAsStringAsync(ct);
            return FakeEngineHandler.Json(HttpStatusCode.Created, """{"Id":"c1"}""");
        });
        using var engine = FakeEngine.Create(handler);

        // When the create body is made as the engine gets it
        await engine.Containers.CreateAsync(spec);
        var body = JsonNode.Parse(sent!)!;

        // Then it asks for no privileged mode, no extra devices or security options, and only that capability
        var host = body["HostConfig"]!.AsObject();
        var asked = host.Where(p => p.Value is not null && p.Value.ToJsonString() is not ("false" or "\"\"" or "[]" or "{}" or "0")).Select(p => p.Key);
        Assert.That(asked, Has.None.AnyOf("Privileged", "Devices", "SecurityOpt", "CapDrop", "PidMode", "IpcMode", "UsernsMode"));
        Assert.That(host["CapAdd"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[] { "NET_ADMIN" }));
    }
}
