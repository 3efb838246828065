using System.CommandLine;
using System.Runtime.InteropServices;
using ChaosBench.Engine;
using ChaosBench.Engine.Docker;
using ChaosBench.Engine.Docker.Endpoints;
using ChaosBench.Engine.Local;

namespace ChaosBench.Cli.Commands;

/// <summary>
/// <c>chaosbench doctor</c>: which engine the harness would use and why, what it speaks, and which fault paths this
/// machine offers. Changes nothing: no sweep, no image build.
/// </summary>
internal static class DoctorCommand
{
    public static Command Create()
    {
        var doctor = new Command("doctor", "Show the engine endpoint chosen and why, its version and API versions, the cgroup version, and whether the direct kill path and the power-loss layer are available.");
        doctor.SetAction(async (_, ct) =>
        {
            EngineEndpoint endpoint;
            try
            {
                endpoint = EndpointResolver.Resolve();
            }
            catch (EngineException e)
            {
                return Cli.Fail(e.Message, ExitCodes.Invalid);
            }

            Line("endpoint", endpoint.ToString());
            using var engine = new DockerEngine(endpoint);
            try
            {
                var version = await engine.VersionAsync(ct);
                var info = await engine.InfoAsync(ct);
                Line("engine", $"{version.Version} ({version.OperatingSystem}, kernel {version.KernelVersion})");
                Line("API", $"{version.ApiVersion} negotiated; the engine speaks {(version.MinApiVersion.Length > 0 ? version.MinApiVersion : "?")} to {version.EngineApiVersion}, the client up to {ApiVersions.Text(ApiVersions.Library)}, the harness needs {ApiVersions.Text(ApiVersions.Required)}");
                Line("cgroup", $"v{info.CgroupVersion} ({info.CgroupDriver} driver), storage {info.StorageDriver}");
            }
            catch (EngineException e)
            {
                Line("engine", $"not usable: {e.Message}");
                Paths(engine);
                return ExitCodes.Errored;
            }

            Paths(engine);
            return ExitCodes.Passed;
        });
        return doctor;
    }

    private static void Paths(IContainerEngine engine)
    {
        var root = Environment.IsPrivilegedProcess;
        var remote = LocalProcesses.For(engine).Unreachable;
        var cgroups = File.Exists("/sys/fs/cgroup/cgroup.controllers") || Directory.Exists("/sys/fs/cgroup/freezer");
        Line("direct kill", remote is not null ? $"unavailable: {remote}; kills go through the engine"
            : !root ? "unavailable: not root, so the container's cgroup cannot be frozen; kills go through the engine (about 100 ms instead of a few)"
            : !cgroups ? "unavailable: no cgroup v2 or v1 freezer under /sys/fs/cgroup; kills go through the engine"
            : "available (SIGKILL through the container's cgroup)");
        var fuse = File.Exists("/dev/fuse");
        var libfuse = NativeLibrary.TryLoad("libfuse3.so.3", out var handle);
        if (libfuse)
        {
            NativeLibrary.Free(handle);
        }

        Line("power loss", !engine.IsLocal ? "unavailable: the engine is not on this machine, so its volumes are not here to layer"
            : !root ? "unavailable: not root (mounting the FUSE layer needs it); power-loss volumes cannot be used"
            : !fuse ? "unavailable: no /dev/fuse; fix: load the fuse module (modprobe fuse)"
            : !libfuse ? "unavailable: libfuse3.so.3 is missing; fix: apt-get install fuse3"
            : "available (/dev/fuse, libfuse3.so.3, root)");
    }

    private static void Line(string what, string text) => Console.WriteLine($"{what + ":",-13}{text}");
}
