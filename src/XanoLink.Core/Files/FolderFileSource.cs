using System.IO.Abstractions;

namespace XanoLink.Files;

/// <summary>A workspace's files as they are on disk.</summary>
public sealed class FolderFileSource : IFileSource
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "bin", "obj", "node_modules", ".vs", ".vscode", ".idea" };

    private readonly IFileSystem fileSystem;

    public FolderFileSource(string root, IFileSystem? fileSystem = null)
    {
        this.fileSystem = fileSystem ?? new FileSystem();
        Root = this.fileSystem.Path.GetFullPath(root);
    }

    public string Root { get; }

    public string Description => Root;

    public IReadOnlyList<SourceFile> Files()
    {
        var result = new List<SourceFile>();
        Walk(Root, "", result);
        result.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return result;
    }

    private void Walk(string directory, string prefix, List<SourceFile> result)
    {
        foreach (var dir in fileSystem.Directory.EnumerateDirectories(directory))
        {
            var name = fileSystem.Path.GetFileName(dir);
            if (prefix.Length == 0 && SkippedFolders.Contains(name))
            {
                continue;
            }

            var info = fileSystem.DirectoryInfo.New(dir);
            if (info.LinkTarget is not null)
            {
                // A linked folder is followed only when it stays inside the workspace; otherwise it is reported as one file.
                var target = ResolveLink(dir, info.LinkTarget);
                if (!IsInside(target))
                {
                    result.Add(new SourceFile(prefix + name, 0, () => [], linkProblem: info.LinkTarget));
                    continue;
                }
            }

            Walk(dir, prefix + name + "/", result);
        }

        foreach (var file in fileSystem.Directory.EnumerateFiles(directory))
        {
            var name = fileSystem.Path.GetFileName(file);
            var path = prefix + name;
            var info = fileSystem.FileInfo.New(file);
            if (info.LinkTarget is not null && !IsInside(ResolveLink(file, info.LinkTarget)))
            {
                result.Add(new SourceFile(path, 0, () => [], linkProblem: info.LinkTarget));
                continue;
            }

            var size = info.Exists ? info.Length : 0;
            result.Add(new SourceFile(path, size, () => fileSystem.File.ReadAllBytes(file)));
        }
    }

    private string ResolveLink(string linkPath, string target) =>
        fileSystem.Path.GetFullPath(fileSystem.Path.Combine(fileSystem.Path.GetDirectoryName(linkPath)!, target));

    private bool IsInside(string fullPath)
    {
        var root = Root.EndsWith(fileSystem.Path.DirectorySeparatorChar) ? Root : Root + fileSystem.Path.DirectorySeparatorChar;
        return fullPath.StartsWith(root, StringComparison.Ordinal);
    }
}
