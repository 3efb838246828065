using System.Text.Json;
using System.Text.Json.Nodes;
using ChaosBench.Engine;
using ChaosBench.Engine.Docker;

namespace ChaosBench.Tests.Engine;

public sealed class ContainerBodyTests
{
    [Test]
    public void From_SpecWithCapabilities_NeverPrivilegedAndOnlyTheCapabilitiesAsked()
    {
        // Given a spec asking for one capability, the most any container of a run is given
        var spec = new ContainerSpec { Image = "img", CapAdd = ["NET_ADMIN"] };

        // When the create body is made as the engine gets it
        var body = JsonNode.Parse(JsonSerializer.Serialize(ContainerBody.From(spec), DockerJson.Options))!;

        // Then it asks for no privileged mode, no extra devices or security options, and only that capability
        var host = body["HostConfig"]!.AsObject();
        Assert.That(host.Select(p => p.Key), Has.None.AnyOf("Privileged", "Devices", "SecurityOpt", "CapDrop", "PidMode", "IpcMode", "UsernsMode"));
        Assert.That(host["CapAdd"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[] { "NET_ADMIN" }));
    }
}
