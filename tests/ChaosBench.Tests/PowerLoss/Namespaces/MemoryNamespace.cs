using ChaosBench.PowerLoss;
using ChaosBench.PowerLoss.Namespaces;

namespace ChaosBench.Tests.PowerLoss.Namespaces;

/// <summary>A directory tree in memory, with rename(2)'s and unlink(2)'s rules, so the namespace journal is tested without a file system.</summary>
internal sealed class MemoryNamespace : INamespaceBacking
{
    private readonly SortedDictionary<string, Entry> _entries = new(StringComparer.Ordinal) { ["/"] = new Entry(null, new DirectoryOwner(0b111_101_101, 0, 0)) };
    private int _files;

    /// <summary>Every entry but the journal's stash: names, and for files which file (a hard link shares it).</summary>
    public string State => string.Join(' ', _entries
        .Where(e => !e.Key.StartsWith(NamespaceJournal.Stash, StringComparison.Ordinal))
        .Select(e => e.Value.File is { } f ? $"{e.Key}=#{f}" : e.Key.TrimEnd('/') + "/"));

    /// <summary>Entries left in the stash (not counting the stash itself).</summary>
    public int Stashed => _entries.Keys.Count(k => k.StartsWith(NamespaceJournal.Stash + "/", StringComparison.Ordinal));

    /// <summary>open(O_CREAT|O_EXCL): a new file, or -errno.</summary>
    public int Create(string path) => Check(path, mustExist: false) is var error and not 0 ? error : Put(path, new Entry(++_files, null));

    public int MakeDirectory(string path) => Check(path, mustExist: false) is var error and not 0 ? error : Put(path, new Entry(null, new DirectoryOwner(0b111_101_101, 1, 1)));

    public int Unlink(string path) => !_entries.TryGetValue(path, out var e) ? -Errno.ENoEnt : e.File is null ? -Errno.EInval : Del(path);

    public int RemoveDirectory(string path) =>
        !_entries.TryGetValue(path, out var e) ? -Errno.ENoEnt : e.File is not null ? -Errno.EInval : Children(path).Any() ? -Errno.ENotEmpty : Del(path);

    /// <summary>rename(2): a file may replace a file, a directory an empty directory; never into itself.</summary>
    public int Rename(string from, string to)
    {
        if (!_entries.TryGetValue(from, out var moving) || !_entries.TryGetValue(Parent(to), out var parent) || parent.File is not null)
        {
            return -Errno.ENoEnt;
        }

        if (from == to)
        {
            return 0;
        }

        if (to.StartsWith(from + "/", StringComparison.Ordinal))
        {
            return -Errno.EInval;
        }

        if (_entries.TryGetValue(to, out var replaced))
        {
            if ((replaced.File is null) != (moving.File is null))
            {
                return -Errno.EInval;
            }

            if (replaced.File is null && Children(to).Any())
            {
                return -Errno.ENotEmpty;
            }
        }

        Move(from, to);
        return 0;
    }

    public EntryKind? KindOf(string path) => _entries.TryGetValue(path, out var e) ? e.File is null ? EntryKind.Directory : EntryKind.File : null;

    public DirectoryOwner OwnerOf(string path) => _entries[path].Owner!;

    public void Link(string existing, string name) => _entries.Add(name, _entries[existing]);

    public void Remove(string path)
    {
        if (!_entries.ContainsKey(path) || Children(path).Any())
        {
            throw new BackingException("remove", -Errno.ENotEmpty);
        }

        _entries.Remove(path);
    }

    public void Move(string from, string to)
    {
        var subtree = _entries.Where(e => e.Key == from || e.Key.StartsWith(from + "/", StringComparison.Ordinal)).ToList();
        foreach (var (path, _) in subtree)
        {
            _entries.Remove(path);
        }

        _entries.Remove(to);
        foreach (var (path, entry) in subtree)
        {
            _entries[to + path[from.Length..]] = entry;
        }
    }

    public void Exchange(string a, string b)
    {
        Move(a, "/.swap");
        Move(b, a);
        Move("/.swap", b);
    }

    public void MakeDirectory(string path, DirectoryOwner owner) => _entries.Add(path, new Entry(null, owner));

    private static string Parent(string path) => path.LastIndexOf('/') is var slash and > 0 ? path[..slash] : "/";

    private IEnumerable<string> Children(string path) => _entries.Keys.Where(k => k.StartsWith(path.TrimEnd('/') + "/", StringComparison.Ordinal) && k != path);

    private int Check(string path, bool mustExist) =>
        !_entries.TryGetValue(Parent(path), out var parent) || parent.File is not null ? -Errno.ENoEnt
        : _entries.ContainsKey(path) != mustExist ? -Errno.EExist
        : 0;

    private int Put(string path, Entry entry)
    {
        _entries.Add(path, entry);
        return 0;
    }

    private int Del(string path)
    {
        _entries.Remove(path);
        return 0;
    }

    private sealed record Entry(int? File, DirectoryOwner? Owner);
}
