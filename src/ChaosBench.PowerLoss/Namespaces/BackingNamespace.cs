using ChaosBench.PowerLoss.Native;

namespace ChaosBench.PowerLoss.Namespaces;

/// <summary>The backing directory, as the namespace journal sees it: each call a libc call, a failure a <see cref="BackingException"/>.</summary>
internal sealed unsafe class BackingNamespace(string root) : INamespaceBacking
{
    public EntryKind? KindOf(string path)
    {
        Stat stat;
        return LibC.LStat(root + path, &stat) < 0 ? null : stat.IsDirectory ? EntryKind.Directory : EntryKind.File;
    }

    public DirectoryOwner OwnerOf(string path)
    {
        Stat stat;
        Check(LibC.LStat(root + path, &stat), "lstat");
        return new DirectoryOwner(stat.Mode & 0b111_111_111_111, stat.Uid, stat.Gid);
    }

    public void Link(string existing, string name) => Check(LibC.Link(root + existing, root + name), "link");

    public void Remove(string path) =>
        Check(KindOf(path) == EntryKind.Directory ? LibC.RmDir(root + path) : LibC.Unlink(root + path), "remove");

    public void Move(string from, string to) =>
        Check(LibC.RenameAt2(LibC.AtFdCwd, root + from, LibC.AtFdCwd, root + to, 0), "rename");

    public void Exchange(string a, string b) =>
        Check(LibC.RenameAt2(LibC.AtFdCwd, root + a, LibC.AtFdCwd, root + b, LibC.RenameExchange), "rename (exchange)");

    public void MakeDirectory(string path, DirectoryOwner owner)
    {
        Check(LibC.MkDir(root + path, owner.Mode), "mkdir");
        Check(LibC.LChown(root + path, owner.Uid, owner.Gid), "lchown");
        Check(LibC.ChMod(root + path, owner.Mode), "chmod");
    }

    private static void Check(int result, string call)
    {
        if (result < 0)
        {
            throw new BackingException(call, LibC.Error());
        }
    }
}
