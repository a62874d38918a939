using System.Text;
using LibGit2Sharp;
using XanoLink.Files;

namespace XanoLink.Git;

/// <summary>
/// A workspace as it is in one commit: the files below <see cref="Subfolder"/> of the commit's tree.
/// Blob ids come from the tree, so nothing is hashed or read until <see cref="SourceFile.ReadAllBytes"/> is called.
/// The repository must stay open while the files are read.
/// </summary>
public sealed partial class GitFileSource : IFileSource, IChangedFiles
{
    // A link chain longer than this is treated as a loop.
    private const int MaxLinkDepth = 8;

    private readonly Repository repository;
    private readonly Tree root;
    private readonly Lazy<IReadOnlyList<SourceFile>> files;

    /// <param name="repository">The open repository holding the commit; not disposed by this source.</param>
    /// <param name="commit">The commit whose tree is read.</param>
    /// <param name="subfolder">The workspace folder inside the repository, '/'-separated; "" for the top.</param>
    /// <param name="refName">How the caller named the commit (a branch, tag, "HEAD~1"), for <see cref="Description"/>.</param>
    public GitFileSource(Repository repository, Commit commit, string subfolder = "", string? refName = null)
    {
        this.repository = repository;
        Commit = commit.Sha;
        Subfolder = subfolder.Trim('/');
        Ref = refName ?? commit.Sha[..12];
        Description = Subfolder.Length == 0 ? Ref : $"{Ref}:{Subfolder}";
        root = Subfolder.Length == 0
            ? commit.Tree
            : commit[Subfolder]?.Target as Tree
              ?? throw new GitWorkspaceException(GitProblem.SideNotFound, $"the workspace folder '{Subfolder}' does not exist at {Ref} ({commit.Sha[..12]}) in {repository.Info.WorkingDirectory ?? repository.Info.Path}");
        files = new Lazy<IReadOnlyList<SourceFile>>(List);
    }

    /// <summary>"REF" or "REF:subfolder".</summary>
    public string Description { get; }

    /// <summary>The full sha of the commit read.</summary>
    public string Commit { get; }

    public string Ref { get; }

    public string Subfolder { get; }

    public IReadOnlyList<SourceFile> Files() => files.Value;

    private SourceFile[] List()
    {
        var result = new List<SourceFile>();
        Walk(root, "", result, 0);
        var array = result.ToArray();
        Array.Sort(array, (a, b) => string.CompareOrdinal(a.Path, b.Path));
        return array;
    }

    private void Walk(Tree tree, string prefix, List<SourceFile> result, int linkDepth)
    {
        foreach (var entry in tree)
        {
            var path = prefix + entry.Name;
            switch (entry.Mode)
            {
                case Mode.Directory:
                    Walk((Tree)entry.Target, path + "/", result, linkDepth);
                    break;
                case Mode.SymbolicLink:
                    AddLink(entry, path, result, linkDepth);
                    break;
                case Mode.NonExecutableFile or Mode.ExecutableFile or Mode.NonExecutableGroupWritableFile:
                    result.Add(BlobFile(path, entry.Target.Id));
                    break;
                default:
                    // Submodules (gitlinks) hold no workspace files.
                    break;
            }
        }
    }

    // The size comes from the object's header only when asked: callers check it just before reading.
    private SourceFile BlobFile(string path, ObjectId id) => new(path, () => Size(id), () => Read(id), id.Sha);

    private long Size(ObjectId id)
    {
        lock (repository)
        {
            return repository.ObjectDatabase.RetrieveObjectMetadata(id).Size;
        }
    }

    private byte[] Read(ObjectId id)
    {
        lock (repository)
        {
            var blob = repository.Lookup<Blob>(id);
            using var stream = blob.GetContentStream();
            using var buffer = new MemoryStream(checked((int)blob.Size));
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
    }

    /// <summary>
    /// A link that stays inside the workspace stands for its target (as a checkout on disk would);
    /// one that leaves it, dangles or loops is reported through <see cref="SourceFile.LinkProblem"/> and never read.
    /// </summary>
    private void AddLink(TreeEntry entry, string path, List<SourceFile> result, int linkDepth)
    {
        var target = Encoding.UTF8.GetString(Read(entry.Target.Id));
        var resolved = linkDepth < MaxLinkDepth ? Resolve(path, target) : null;
        var targetEntry = resolved is null ? null : resolved.Length == 0 ? null : root[resolved];
        switch (targetEntry?.Mode)
        {
            case Mode.Directory:
                Walk((Tree)targetEntry.Target, path + "/", result, linkDepth + 1);
                break;
            case Mode.NonExecutableFile or Mode.ExecutableFile or Mode.NonExecutableGroupWritableFile:
                result.Add(BlobFile(path, targetEntry.Target.Id));
                break;
            case Mode.SymbolicLink:
                AddLink(targetEntry, path, result, linkDepth + 1);
                break;
            default:
                result.Add(new SourceFile(path, 0, () => [], blobId: entry.Target.Id.Sha, linkProblem: target));
                break;
        }
    }

    /// <summary>The link target as a workspace-relative path, or null when it leaves the workspace.</summary>
    internal static string? Resolve(string linkPath, string target)
    {
        if (target.StartsWith('/') || target.Contains('\\', StringComparison.Ordinal) || (target.Length > 1 && target[1] == ':'))
        {
            return null;
        }

        var segments = new List<string>(linkPath.Split('/')[..^1]);
        foreach (var segment in target.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (segments.Count == 0)
                    {
                        return null;
                    }

                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }

        return string.Join('/', segments);
    }
}
