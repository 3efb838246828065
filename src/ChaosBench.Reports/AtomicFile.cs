namespace ChaosBench.Reports;

/// <summary>
/// Writes a file so that readers see either the old content or the complete new one, never a torn file: a crash
/// or Ctrl-C mid-report must not leave a half <c>run.json</c> that <c>replay</c> then chokes on. The folder
/// itself is not fsynced (the BCL offers no way to), so a power loss right after may lose the newest file, but
/// never tear it.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        // Same folder as the target: a rename is only atomic within one file system.
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                // fsync before the rename, or a power loss can leave the new name pointing at empty blocks.
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
