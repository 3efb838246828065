using ChaosBench.Engine;
using ChaosBench.Faults;
using ChaosBench.Runner;

namespace ChaosBench.Tests.Runner;

public sealed class AddressesTests
{
    private static readonly Deployment Etcd = new("cb-test",
    [
        Member("etcd-1", "etcd", "10.0.0.2"),
        Member("etcd-2", "etcd", "10.0.0.3"),
        Member("web", "web", "10.0.0.9"),
    ]);

    private static readonly Dictionary<string, Uri> External = new() { ["longhorn"] = new Uri("https://longhorn.staging.example/api/") };

    [TestCase("http://{etcd}:2379/health", "http://10.0.0.2:2379/health")]
    [TestCase("http://{etcd-2}:2379/health", "http://10.0.0.3:2379/health")]
    [TestCase("http://{web}:8080/", "http://10.0.0.9:8080/")]
    [TestCase("{longhorn}/v1/backingimages", "https://longhorn.staging.example/api/v1/backingimages")]
    [TestCase("{longhorn}", "https://longhorn.staging.example/api")]
    [TestCase("{longhorn}/kv/{key}?peer={peer-id}", "https://longhorn.staging.example/api/kv/{key}?peer={peer-id}")]
    public void Expand_Placeholders_BecomeAddressesOrTheBaseUrl(string template, string expected)
    {
        // Given a deployment of etcd and web and an external service with a path in its base URL
        var addresses = new Addresses(Etcd, External);

        // When a URL naming them is expanded
        var url = addresses.Expand(template);

        // Then a service is its first member, a member itself, the external service its base URL without the
        // trailing slash; other names are left for their own expansion
        Assert.That(url, Is.EqualTo(expected));
    }

    [Test]
    public void Endpoints_ContainerAndExternalService_MembersOrTheBaseUrl()
    {
        // Given the same deployment
        var addresses = new Addresses(Etcd, External);

        // When the workload asks where to connect
        var etcd = addresses.Endpoints("etcd", "http", 2379);
        var longhorn = addresses.Endpoints("longhorn", "http", 0);

        // Then each member of a container service, and the external base URL with its own scheme and no port added
        Assert.That(etcd.Select(u => u.ToString()), Is.EqualTo(new[] { "http://10.0.0.2:2379/", "http://10.0.0.3:2379/" }));
        Assert.That(longhorn.Select(u => u.ToString()), Is.EqualTo(new[] { "https://longhorn.staging.example/api/" }));
        Assert.That((addresses.IsExternal("longhorn"), addresses.IsExternal("etcd")), Is.EqualTo((true, false)));
    }

    [Test]
    public void Endpoints_MemberWithoutAnAddress_IsLeftOut()
    {
        // Given etcd-1 hopped to a container that exited before the engine gave it an address
        var addresses = new Addresses(new Deployment("cb-test", [Member("etcd-1", "etcd", ""), Member("etcd-2", "etcd", "10.0.0.3")]), External);

        // When the workload's final read asks where to connect, by service and by member
        var byService = addresses.Endpoints("etcd", "http", 2379);
        var byMember = addresses.EndpointsOf(["etcd-1", "etcd-2"], "http", 2379);

        // Then only the member it can reach, and no URI with an empty host (which would end the run as a harness error)
        Assert.That(byService.Select(u => u.ToString()), Is.EqualTo(new[] { "http://10.0.0.3:2379/" }));
        Assert.That(byMember.Select(u => u.ToString()), Is.EqualTo(new[] { "http://10.0.0.3:2379/" }));
    }

    private static Member Member(string name, string service, string address) =>
        new(name, service, new ContainerSpec { Image = "x" }) { Address = address };
}
