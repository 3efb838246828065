using System.Reflection;
using System.Runtime.Loader;

namespace ChaosBench.Hosting.Extensions;

/// <summary>
/// Where one extension assembly and its own dependencies load, as .NET plugins do: the harness's assemblies
/// (<c>ChaosBench.*</c>, whose kind types the extension implements) are the harness's, so its kinds are the same types
/// the catalogs know; every other dependency comes from the extension's folder when it brings one, so an extension
/// built against a newer library than the harness carries (MySqlConnector wants a newer logging abstraction than
/// the CLI ships) runs with the version it was built against.
/// </summary>
internal sealed class ExtensionLoadContext(string path) : AssemblyLoadContext($"chaosbench-extension:{Path.GetFileName(path)}")
{
    private readonly AssemblyDependencyResolver _resolver = new(path);

    protected override Assembly? Load(AssemblyName name) =>
        name.Name is { } simple && simple.StartsWith("ChaosBench.", StringComparison.Ordinal) && simple != Path.GetFileNameWithoutExtension(path)
            ? null
            : _resolver.ResolveAssemblyToPath(name) is { } file ? LoadFromAssemblyPath(file) : null;

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } file ? LoadUnmanagedDllFromPath(file) : IntPtr.Zero;
}
