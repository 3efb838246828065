using System.Text.RegularExpressions;

namespace ChaosBench.Model;

/// <summary>
/// Compose's name rules, which services, volumes and networks follow so that a vendor's Compose file needs no
/// renaming (<c>cvat_db</c>, <c>Milvus.etcd</c>); and <c>{NAME}</c>, the placeholder a URL, command or body names a
/// service or member by. The harness prefixes every name it gives the engine (<c>cb-RUN-cvat_db</c>), which keeps
/// container, volume and network names valid for Docker whatever the name begins with.
/// </summary>
public static partial class ServiceNames
{
    /// <summary>The characters a name may have, in the words an error's fix uses.</summary>
    public const string Allowed = "letters, digits, '.', '_' and '-' (Compose's rule)";

    /// <summary>Whether <paramref name="name"/> follows Compose's rule for a service, volume or network name.</summary>
    public static bool IsValid(string name) => Pattern().IsMatch(name);

    /// <summary>
    /// <c>{NAME}</c> for a service, member or saved value. The name begins with a letter or '_', so that a regular
    /// expression's count (<c>\d{3}</c>) is never taken for one.
    /// </summary>
    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9._-]*)\}")]
    public static partial Regex Placeholder();

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex Pattern();
}
