using LibGit2Sharp;
using XanoLink.Loading;
using XanoLink.Model;

namespace XanoLink.Git.Publish;

/// <summary>
/// Where a publish would give a tenant two objects for one: a source object whose kind and name the tenant has under
/// another guid, or a source guid a tenant object of another kind or name already has. Guids come from the run's
/// cache (<see cref="PublishSource.GuidOf"/>), so a fleet parses each distinct file once.
/// </summary>
internal static class GuidCollisions
{
    /// <summary>Selected source objects whose kind and name the tenant has under another guid (only where the files differ).</summary>
    public static string[] Of(TreeSide live, PublishSource source, HashSet<string> paths)
    {
        var result = new List<string>();
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            if (!source.BlobIds.TryGetValue(path, out var sourceId) || !live.Entries.TryGetValue(path, out var entry) || !entry.IsFile || entry.Id == sourceId)
            {
                continue;
            }

            var meaning = PathLayout.Classify(path);
            if (meaning.Role != FileRole.Object)
            {
                continue;
            }

            var theirs = source.GuidOf(path, sourceId, () => source.Snapshot!.Files[path]);
            var ours = source.GuidOf(path, entry.Id, () => live.Read(entry.Id));
            if (theirs is not null && ours is not null && theirs != ours)
            {
                result.Add($"{meaning.Kind.Prefix()}:{meaning.Name} (tenant guid {ours}, source guid {theirs})");
            }
        }

        return [.. result];
    }

    /// <summary>
    /// Objects the publish adds to the tenant whose guid a tenant object of another kind or name already has: the tenant
    /// would hold two objects with one guid. The tenant's guids are read only when the publish adds objects.
    /// </summary>
    public static IEnumerable<string> Clashes(Repository repo, Tree live, TreeSide ours, TreeMergeResult merge, PublishSource source)
    {
        var added = merge.Files
            .Where(f => f.Bytes is not null && !ours.Entries.ContainsKey(f.Path) && PathLayout.Classify(f.Path).Role == FileRole.Object)
            .ToArray();
        if (added.Length == 0)
        {
            yield break;
        }

        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, entry) in AllFiles(live))
        {
            if (PathLayout.Classify(path).Role == FileRole.Object && source.GuidOf(path, entry.Sha, () => ReadBlob(repo, entry)) is { } g)
            {
                owners.TryAdd(g, path);
            }
        }

        if (owners.Count == 0)
        {
            yield break;
        }

        var deleted = merge.Files.Where(f => f.Bytes is null).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var file in added)
        {
            var guid = source.GuidOf(file.Path, file.BlobId ?? XanoLink.Files.GitBlobId.Of(file.Bytes!), () => file.Bytes!);
            if (guid is not null && owners.TryGetValue(guid, out var owner) && owner != file.Path && !deleted.Contains(owner))
            {
                var mine = PathLayout.Classify(file.Path);
                var theirs = PathLayout.Classify(owner);
                yield return $"{mine.Kind.Prefix()}:{mine.Name} (source guid {guid} is the guid of the tenant's {theirs.Kind.Prefix()}:{theirs.Name})";
            }
        }
    }

    private static IEnumerable<(string Path, ObjectId Id)> AllFiles(Tree tree, string prefix = "")
    {
        foreach (var entry in tree)
        {
            if (entry.TargetType == TreeEntryTargetType.Tree)
            {
                foreach (var inner in AllFiles((Tree)entry.Target, prefix + entry.Name + "/"))
                {
                    yield return inner;
                }
            }
            else if (entry.Mode is Mode.NonExecutableFile or Mode.ExecutableFile)
            {
                yield return (prefix + entry.Name, entry.Target.Id);
            }
        }
    }

    private static byte[] ReadBlob(Repository repo, ObjectId id) => repo.Lookup<Blob>(id).GetContentStream().ReadAllBytes();
}
