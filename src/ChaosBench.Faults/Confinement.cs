namespace ChaosBench.Faults;

/// <summary>
/// The shell prelude of a helper that changes a member's files: it resolves $1 inside the helper, where the member's
/// links point (<c>realpath -m</c>: '..' and links, in order), and refuses, with exit 5 and the resolved path as its
/// output, anything outside the mount points listed in <c>$CHAOSBENCH_MOUNTS</c>. A string prefix test on the path
/// as written would let <c>/data/link/x</c> or <c>/data/../x</c> reach whatever the link or '..' leads to.
/// </summary>
internal static class Confinement
{
    /// <summary>The helper's variable listing its mount points, one per line.</summary>
    public const string Variable = "CHAOSBENCH_MOUNTS";

    /// <summary>The exit code of a path that leads outside the mounts.</summary>
    public const int Outside = 5;

    /// <summary>The exit code when the image has no <c>realpath -m</c> to resolve the path with.</summary>
    public const int NoRealpath = 6;

    /// <summary>
    /// Sets $1 to the resolved path, or exits. With <paramref name="keepLastLink"/> the last component is kept as
    /// written (deleting a link deletes the link, never what it points to); else the path is resolved whole, as
    /// opening the file would.
    /// </summary>
    public static string Prelude(bool keepLastLink) => $$"""
        realpath -m / >/dev/null 2>&1 || { echo "realpath -m"; exit {{NoRealpath}}; }
        case "$(basename -- "$1")" in
          .|..) r=$(realpath -m -- "$1") ;;
          *) r=$({{(keepLastLink ? "realpath -m -- \"$(dirname -- \"$1\")\")/$(basename -- \"$1\"" : "realpath -m -- \"$1\"")}}) ;;
        esac
        inside=
        while IFS= read -r m; do
          [ -n "$m" ] || continue
          m=$(realpath -m -- "$m")
          case "$r/" in "$m"/*) inside=1 ;; esac
        done <<CHAOSBENCH_END
        ${{{Variable}}}
        CHAOSBENCH_END
        [ -n "$inside" ] || { echo "$r"; exit {{Outside}}; }
        shift
        set -- "$r" "$@"

        """;

    /// <summary>The error for exit codes of the prelude; null for any other.</summary>
    public static FaultException? Refusal(long exit, string kind, Member member, string path, IReadOnlyList<string> output, IReadOnlyList<string> mounts, bool allowHost) => exit switch
    {
        Outside => new FaultException(kind, member.Name, $"{path} leads to {(output.Count > 0 ? output[^1] : "?")}, outside its {(allowHost ? "volumes and binds" : "named volumes")} ({string.Join(", ", mounts)}): refused, nothing changed{(allowHost ? string.Empty : "; a fault changes only what a member keeps in its named volumes (--allow-host lets it reach its binds)")}"),
        NoRealpath => new FaultException(kind, member.Name, $"its image has no 'realpath -m' to resolve {path} with inside the helper, so where it leads cannot be checked: refused; fix: use an image with GNU coreutils (or busybox realpath) for this fault"),
        _ => null,
    };
}
