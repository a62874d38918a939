namespace XanoLink.Bench.Generation;

/// <summary>Writes generated files below a folder.</summary>
public static class WorkspaceWriter
{
    public static void Write(string root, IReadOnlyDictionary<string, byte[]> files)
    {
        foreach (var (path, bytes) in files)
        {
            var full = Path.Combine([root, .. path.Split('/')]);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }
}
