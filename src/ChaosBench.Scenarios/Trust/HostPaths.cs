namespace ChaosBench.Scenarios.Trust;

/// <summary>
/// Host paths as the kernel finds them, like <c>realpath -m</c>: each component in order, a link replaced by where it
/// points (so <c>link/..</c> is the parent of the link's target, not the link's folder), what does not exist taken as
/// written. What a path names is decided here, not by how it is spelled.
/// </summary>
internal static class HostPaths
{
    // Linux gives up at 40 links in one lookup (ELOOP); so does this, taking the rest as written.
    private const int MaxLinks = 40;

    /// <summary><paramref name="path"/> absolute (from the working folder) with '.', '..' and every link resolved.</summary>
    public static string Resolve(string path)
    {
        var pending = new Stack<string>();
        Push(pending, Path.IsPathRooted(path) ? path : Path.Combine(Environment.CurrentDirectory, path));
        var resolved = new List<string>();
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == "..")
            {
                if (resolved.Count > 0)
                {
                    resolved.RemoveAt(resolved.Count - 1);
                }

                continue;
            }

            var next = "/" + string.Join('/', resolved.Append(part));
            if (links < MaxLinks && Target(next) is { } target)
            {
                links++;
                if (Path.IsPathRooted(target))
                {
                    resolved.Clear();
                }

                Push(pending, target);
                continue;
            }

            resolved.Add(part);
        }

        return "/" + string.Join('/', resolved);
    }

    /// <summary>Where the link at <paramref name="path"/> points, as written in it; null when it is no link (or cannot be read).</summary>
    private static string? Target(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Pushes the components of <paramref name="path"/> so that the first is popped first; '.' and empty ones are dropped.</summary>
    private static void Push(Stack<string> pending, string path)
    {
        foreach (var part in path.Split('/').Where(p => p is not ("" or ".")).Reverse())
        {
            pending.Push(part);
        }
    }
}
