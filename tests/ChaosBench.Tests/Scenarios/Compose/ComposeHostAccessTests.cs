namespace ChaosBench.Tests.Scenarios.Compose;

/// <summary>
/// Keys that give a member part of the host (issue 25, item 2): those the harness keeps control under are host access,
/// lifted by --allow-host like a bind; those that defeat its control or the trust rule's capabilities stay refused.
/// </summary>
public sealed class ComposeHostAccessTests : ComposeFixture
{
    private const string Service = "services:\n  app:\n    image: recipe:nginx-1.26\n    ";

    [TestCase("pid: host", "app.compose.yaml:4:10: pid: host gives the member the host's process namespace: it sees every process of the host and can signal them; fix: remove it, or run with --allow-host if you mean it (docs/trust.md)")]
    [TestCase("userns_mode: host", "app.compose.yaml:4:18: userns-mode: host gives the member the host's user namespace: its root is the host's root where the engine remaps users; fix: remove it, or run with --allow-host if you mean it (docs/trust.md)")]
    [TestCase("devices: [/dev/fuse]", "app.compose.yaml:4:15: the device /dev/fuse gives the member the host's device itself, past the volumes and the power-loss layer; fix: remove it, or run with --allow-host if you mean it (docs/trust.md)")]
    public void Load_HostAccessWithoutAllowHost_IsRefusedAtItsLine(string key, string expected)
    {
        // When a file with the key is linted without --allow-host
        var errors = Folder.Errors(Service + key + "\n");

        // Then it is one error at the value, saying what the member would get and how to allow it
        Assert.That(errors, Is.EqualTo(new[] { expected }));
    }

    [TestCase("pid: host", "app: pid: host kept (host access, --allow-host) — its processes share the host's process namespace; a kill still reaches only its own (its cgroup)")]
    [TestCase("userns_mode: host", "app: userns_mode: host kept (host access, --allow-host) — it runs in the host's user namespace")]
    [TestCase("devices: [/dev/fuse, \"/dev/null:/dev/blackhole:rw\"]", "app: devices: /dev/fuse, /dev/null:/dev/blackhole:rw kept (host access, --allow-host) — it reaches the host's devices, which no volume or power-loss layer stands before")]
    public void Load_HostAccessWithAllowHost_IsKeptAndListed(string key, string expected)
    {
        // Given --allow-host
        Folder.AllowHost = true;

        // When a file with the key is loaded
        var file = Folder.Load(Service + key + "\n");

        // Then the member gets it, and the overrides say what of the host the run hands over
        var app = file.Options.Services["app"];
        Assert.That(app.Pid ?? app.UsernsMode ?? string.Join(",", app.Devices), Is.Not.Empty);
        Assert.That(file.Options.Overrides, Is.EqualTo(new[] { expected }));
        Assert.That(Folder.Errors(Service + key + "\n"), Is.Empty);
    }

    [TestCase("privileged: true", "app.compose.yaml:4:5: unsupported Compose key 'privileged' in service 'app'; fix: a privileged container has every capability and every device of the host, and cap_add: ALL is refused even with --allow-host, so this is too (docs/trust.md): add only the capabilities needed with 'cap_add'")]
    [TestCase("network_mode: host", "app.compose.yaml:4:5: unsupported Compose key 'network_mode' in service 'app'; fix: refused even with --allow-host: on the host's network (or another container's) a member is out of reach of partitions, and it could reach addresses other than the run's own containers; remove it, and use 'networks:'")]
    [TestCase("ipc: host", "app.compose.yaml:4:5: unsupported Compose key 'ipc' in service 'app'; fix: refused even with --allow-host: a power cut must lose the member's memory, and the host's (or another container's) shared memory outlives it; remove it")]
    [TestCase("cap_add: [ALL]", "app.compose.yaml:4:14: cap-add ALL breaks the container's isolation from the host (it grants every capability); ChaosBench refuses it, with --allow-host too; fix: remove it; add only what the product needs and cannot break out with, e.g. NET_ADMIN")]
    public void Load_KeyThatDefeatsTheHarness_IsRefusedWithAndWithoutAllowHost(string key, string expected)
    {
        // When a file with the key is linted without, then with --allow-host
        var without = Folder.Errors(Service + key + "\n").ToList();
        Folder.AllowHost = true;
        var with = Folder.Errors(Service + key + "\n").ToList();

        // Then both refuse it at its line, with the same reason
        Assert.That(without, Is.EqualTo(new[] { expected }));
        Assert.That(with, Is.EqualTo(new[] { expected }));
    }

    [TestCase("pid: \"service:db\"", "app.compose.yaml:4:10: pid: service:db is not supported: a member has its own namespace, or with --allow-host the host's; fix: remove it, or write 'host' and run with --allow-host")]
    [TestCase("devices: [dev/fuse]", "app.compose.yaml:4:15: 'dev/fuse' is not a device; fix: write HOST[:CONTAINER[:PERMISSIONS]] with absolute paths, e.g. /dev/fuse or /dev/sdb:/dev/xvdb:rw")]
    [TestCase("devices: [\"/dev/fuse:/dev/fuse:rwx\"]", "app.compose.yaml:4:15: '/dev/fuse:/dev/fuse:rwx' is not a device; fix: write HOST[:CONTAINER[:PERMISSIONS]] with absolute paths, e.g. /dev/fuse or /dev/sdb:/dev/xvdb:rw")]
    public void Load_HostAccessNotWrittenAsTheHarnessRunsIt_IsRefusedWithAllowHost(string key, string expected)
    {
        // Given --allow-host
        Folder.AllowHost = true;

        // When a file shares another container's namespace or names a device wrongly
        var errors = Folder.Errors(Service + key + "\n");

        // Then it is refused at its value
        Assert.That(errors, Is.EqualTo(new[] { expected }));
    }
}
