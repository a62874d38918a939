using LibGit2Sharp;
using XanoLink.Files;

namespace XanoLink.Git;

/// <summary>One entry of a tree: its mode and object id.</summary>
internal readonly record struct RawEntry(Mode Mode, string Id)
{
    public bool IsFile => Mode is Mode.NonExecutableFile or Mode.ExecutableFile or Mode.NonExecutableGroupWritableFile;
}

/// <summary>
/// One side of a tree merge: every entry by repository-relative path, exactly as the tree holds it (links and submodules
/// are entries, never followed), and the content of a blob when asked.
/// </summary>
internal sealed class TreeSide
{
    private readonly Func<string, byte[]> read;
    private readonly Func<string, long> size;

    private TreeSide(string description, IReadOnlyDictionary<string, RawEntry> entries, Func<string, byte[]> read, Func<string, long> size)
    {
        Description = description;
        Entries = entries;
        this.read = read;
        this.size = size;
    }

    public string Description { get; }

    public IReadOnlyDictionary<string, RawEntry> Entries { get; }

    public static TreeSide Empty(string description) => new(description, new Dictionary<string, RawEntry>(), _ => [], _ => 0);

    public static TreeSide Of(Repository repository, Tree? tree, string description)
    {
        var entries = new Dictionary<string, RawEntry>(StringComparer.Ordinal);
        if (tree is not null)
        {
            Walk(tree, "", entries);
        }

        return new TreeSide(description, entries, id => ReadBlob(repository, id), id => SizeOf(repository, id));
    }

    /// <summary>Only the entries at <paramref name="paths"/> (those a merge needs: where some side differs), each looked up directly.</summary>
    public static TreeSide Of(Repository repository, Tree? tree, IEnumerable<string> paths, string description)
    {
        var entries = new Dictionary<string, RawEntry>(StringComparer.Ordinal);
        if (tree is not null)
        {
            foreach (var path in paths)
            {
                if (tree[path] is { } entry && entry.TargetType != TreeEntryTargetType.Tree)
                {
                    entries[path] = new RawEntry(entry.Mode, entry.Target.Sha);
                }
            }
        }

        return new TreeSide(description, entries, id => ReadBlob(repository, id), id => SizeOf(repository, id));
    }

    /// <summary>Given entries whose content is in <paramref name="memory"/> (by blob id) or else in the repository.</summary>
    public static TreeSide Of(Repository repository, IReadOnlyDictionary<string, RawEntry> entries, IReadOnlyDictionary<string, byte[]> memory, string description) =>
        new(description, entries, id => memory.TryGetValue(id, out var bytes) ? bytes : ReadBlob(repository, id), id => memory.TryGetValue(id, out var bytes) ? bytes.LongLength : SizeOf(repository, id));

    /// <summary>Files held in memory (a snapshot), all regular files, below <paramref name="prefix"/> ("" or "folder/").</summary>
    public static TreeSide Of(IReadOnlyDictionary<string, byte[]> files, string prefix, string description)
    {
        var entries = new Dictionary<string, RawEntry>(StringComparer.Ordinal);
        var byId = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, bytes) in files)
        {
            var id = GitBlobId.Of(bytes);
            entries[prefix + path] = new RawEntry(Mode.NonExecutableFile, id);
            byId[id] = bytes;
        }

        return new TreeSide(description, entries, id => byId[id], id => byId[id].LongLength);
    }

    public byte[] Read(string id) => read(id);

    public long Size(string id) => size(id);

    /// <summary>The regular files below <paramref name="prefix"/> whose paths <paramref name="include"/> accepts, as a file source with workspace-relative paths.</summary>
    public IFileSource Files(string prefix, Func<string, bool> include) => new SideFiles(this, prefix, include);

    private static void Walk(Tree tree, string prefix, Dictionary<string, RawEntry> entries)
    {
        foreach (var entry in tree)
        {
            var path = prefix + entry.Name;
            if (entry.Mode == Mode.Directory)
            {
                Walk((Tree)entry.Target, path + "/", entries);
            }
            else
            {
                entries[path] = new RawEntry(entry.Mode, entry.Target.Sha);
            }
        }
    }

    private static long SizeOf(Repository repository, string id)
    {
        lock (repository)
        {
            return repository.ObjectDatabase.RetrieveObjectMetadata(new ObjectId(id)).Size;
        }
    }

    private static byte[] ReadBlob(Repository repository, string id)
    {
        lock (repository)
        {
            var blob = repository.Lookup<Blob>(id);
            using var stream = blob.GetContentStream();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
    }

    private sealed class SideFiles(TreeSide side, string prefix, Func<string, bool> include) : IFileSource
    {
        public string Description => side.Description;

        public IReadOnlyList<SourceFile> Files() => side.Entries
            .Where(kv => kv.Value.IsFile && kv.Key.StartsWith(prefix, StringComparison.Ordinal) && include(kv.Key[prefix.Length..]))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv =>
            {
                var id = kv.Value.Id;
                return new SourceFile(kv.Key[prefix.Length..], () => side.Size(id), () => side.Read(id), id);
            })
            .ToArray();
    }
}
