using LibGit2Sharp;
using Newtonsoft.Json.Linq;
using XanoLink.Formats;
using XanoLink.Git.Tenants;
using XanoLink.Json;
using XanoLink.Loading;
using XanoLink.Merge;

namespace XanoLink.Git.Publish;

/// <summary>
/// The merge base for what comes back into the selection. An object or a record that left the selection stayed in the
/// tenant as it was, and the snapshots since lack it; when the source sends it again, the merge base snapshot lacks it, so
/// a merge against it would take the tenant's unchanged copy for the tenant's own addition and every change the source
/// made meanwhile for a conflict. Its base is instead the version the tenant last took from the source, found in the
/// snapshots before the merge base that live took (<see cref="SnapshotLine.BeforeBase"/>): for an object, one with the
/// guid the tenant's copy has, at the source's path or the tenant's (<see cref="Supplement"/>); for a record, by its id in
/// the records file of the table with the same guid (<see cref="Records"/>), asked for by the records merge only for a
/// record both sides hold differently.
/// </summary>
internal static class ReentryBase
{
    // Distinct earlier versions of one records file read at most: each may be large, and a record missing from the
    // newest ones is most likely new on both sides rather than back.
    private const int MaxRecordVersions = 20;

    // Stands for "no guid" where an object without one is wanted, by path (no guid holds a control character).
    private const string Guidless = "\0";

    /// <summary>
    /// The base with an earlier version for each object the source sends again that the tenant holds differently: at the
    /// source's path, or, when either side renamed it while it was out, at another path with the same guid.
    /// </summary>
    public static TreeSide Supplement(Repository repository, SnapshotLine line, TreeSide @base, TreeSide ours, TreeSide theirs, IEnumerable<PathChange> sourceChanges, PublishSource source)
    {
        if (line.Base is null)
        {
            return @base;
        }

        // Per guid, the paths an earlier snapshot may hold it at.
        var wanted = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Want(string guid, string path) => (wanted.TryGetValue(guid, out var at) ? at : wanted[guid] = new HashSet<string>(StringComparer.Ordinal)).Add(path);
        Dictionary<string, string?>? oursByGuid = null;
        foreach (var change in sourceChanges.Where(c => c.Before is null && c.After is not null && PathLayout.Classify(c.Path).Role == FileRole.Object))
        {
            if (!theirs.Entries.TryGetValue(change.Path, out var t) || !t.IsFile)
            {
                continue;
            }

            if (ours.Entries.TryGetValue(change.Path, out var o) && o.IsFile)
            {
                if (o.Id != t.Id && GuidOf(source, ours, change.Path, o) is { } guid)
                {
                    Want(guid, change.Path);
                }
                else if (o.Id != t.Id && GuidOf(source, theirs, change.Path, t) is null)
                {
                    // Without a guid on either side the merge matches it by path, and so does its earlier version.
                    Want(Guidless + change.Path, change.Path);
                }

                continue;
            }

            // Not at the source's path in the tenant: a rename on either side while it was out leaves it elsewhere.
            if (GuidOf(source, theirs, change.Path, t) is { } sent
                && (oursByGuid ??= Returning(ours, @base, source)).GetValueOrDefault(sent) is { } elsewhere
                && PathLayout.Classify(elsewhere).Kind == PathLayout.Classify(change.Path).Kind)
            {
                Want(sent, change.Path);
                Want(sent, elsewhere);
            }
        }

        if (wanted.Count == 0)
        {
            return @base;
        }

        var entries = new Dictionary<string, RawEntry>(@base.Entries, StringComparer.Ordinal);
        var found = false;
        foreach (var snapshot in line.BeforeBase())
        {
            foreach (var (guid, paths) in wanted.ToArray())
            {
                foreach (var path in paths)
                {
                    if (snapshot[path] is { TargetType: TreeEntryTargetType.Blob } earlier && !entries.ContainsKey(path)
                        && ((Blob)earlier.Target).Size <= JsonFileReader.MaxFileSize
                        && Matches(guid, path, (Blob)earlier.Target, source))
                    {
                        entries[path] = new RawEntry(Mode.NonExecutableFile, earlier.Target.Sha);
                        wanted.Remove(guid);
                        found = true;
                        break;
                    }
                }
            }

            if (wanted.Count == 0)
            {
                break;
            }
        }

        return found ? TreeSide.Of(repository, entries, new Dictionary<string, byte[]>(), @base.Description + " (with earlier snapshots for what came back into the selection)") : @base;
    }

    /// <summary>
    /// Earlier versions of records, read from the snapshots before the merge base when the records merge asks. The records
    /// file is followed by its table's guid (the source's table of that name now): a table renamed and back meanwhile
    /// sent its records under another name.
    /// </summary>
    public static EarlierRecord Records(SnapshotLine line, PublishSource source)
    {
        // Per path, the versions read so far (newest first) and the walk that reads more: most lookups end in the newest.
        var versions = new Dictionary<string, (List<Dictionary<string, JObject>> Read, IEnumerator<Dictionary<string, JObject>> More)>(StringComparer.Ordinal);
        return (path, key) =>
        {
            if (!versions.TryGetValue(path, out var state))
            {
                state = versions[path] = ([], Versions(line, path, source).GetEnumerator());
            }

            foreach (var version in state.Read)
            {
                if (version.TryGetValue(key, out var record))
                {
                    return record;
                }
            }

            while (state.More.MoveNext())
            {
                state.Read.Add(state.More.Current);
                if (state.More.Current.TryGetValue(key, out var record))
                {
                    return record;
                }
            }

            return null;
        };
    }

    private static IEnumerable<Dictionary<string, JObject>> Versions(SnapshotLine line, string path, PublishSource source)
    {
        var table = PathLayout.Classify(path).Name;
        var guid = source.Workspace.Find(new Model.ItemKey(Model.ItemKind.Table, table))?.Guid is { Length: > 0 } g ? g : null;
        var seen = new HashSet<ObjectId> { line.Base?[path]?.Target.Id ?? ObjectId.Zero };
        foreach (var snapshot in line.BeforeBase())
        {
            if (seen.Count > MaxRecordVersions)
            {
                yield break;
            }

            if (RecordsOf(snapshot, path, table, guid, source) is not { } entry || !seen.Add(entry.Target.Id) || ((Blob)entry.Target).Size > JsonFileReader.MaxFileSize)
            {
                continue;
            }

            Dictionary<string, JObject>? byId;
            try
            {
                byId = FileMerge.ParseRecords(System.Text.Encoding.UTF8.GetString(((Blob)entry.Target).GetContentStream().ReadAllBytes()))
                    .Where(r => r["id"] is not null)
                    .GroupBy(r => RecordIdComparer.KeyOf(r["id"]), StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            }
            catch (FormatException)
            {
                // A version that cannot be read as records gives none.
                continue;
            }

            yield return byId;
        }
    }

    /// <summary>
    /// The records file of the table with <paramref name="guid"/> in <paramref name="snapshot"/>: at <paramref name="path"/>
    /// when the table beside it has that guid (or there is no guid to follow), else beside the table that has it.
    /// </summary>
    private static TreeEntry? RecordsOf(Commit snapshot, string path, string table, string? guid, PublishSource source)
    {
        var tablePath = ObjectFiles.TablePathOfRecords(path, table);
        if (guid is null || GuidAt(snapshot, tablePath, source) == guid)
        {
            return snapshot[path] is { TargetType: TreeEntryTargetType.Blob } same ? same : null;
        }

        var folder = tablePath[..(tablePath.LastIndexOf('/') + 1)];
        if (snapshot[folder.TrimEnd('/')]?.Target is not Tree tables)
        {
            return null;
        }

        foreach (var entry in tables)
        {
            var candidate = folder + entry.Name;
            var meaning = PathLayout.Classify(candidate);
            if (meaning is { Role: FileRole.Object, Kind: Model.ItemKind.Table } && candidate != tablePath && GuidAt(snapshot, candidate, source) == guid)
            {
                return snapshot[ObjectFiles.RecordsPathOf(ObjectFiles.FormatOf(candidate), meaning.Name)] is { TargetType: TreeEntryTargetType.Blob } moved ? moved : null;
            }
        }

        return null;
    }

    private static string? GuidAt(Commit snapshot, string path, PublishSource source) =>
        snapshot[path] is { TargetType: TreeEntryTargetType.Blob } entry && ((Blob)entry.Target).Size <= JsonFileReader.MaxFileSize
            ? source.GuidOf(path, entry.Target.Sha, () => ((Blob)entry.Target).GetContentStream().ReadAllBytes())
            : null;

    private static bool Matches(string wanted, string path, Blob earlier, PublishSource source) => wanted.StartsWith(Guidless, StringComparison.Ordinal)
        ? ObjectFiles.Read(path, earlier.GetContentStream().ReadAllBytes()) is { Guid.Length: 0 }
        : source.GuidOf(path, earlier.Sha, () => earlier.GetContentStream().ReadAllBytes()) == wanted;

    // The tenant's objects the base lacks (kept while out of the selection, or the tenant's own), by guid; a guid held twice is no match.
    private static Dictionary<string, string?> Returning(TreeSide ours, TreeSide @base, PublishSource source)
    {
        var byGuid = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (path, entry) in ours.Entries)
        {
            if (entry.IsFile && !@base.Entries.ContainsKey(path) && PathLayout.Classify(path).Role == FileRole.Object && GuidOf(source, ours, path, entry) is { } guid)
            {
                byGuid[guid] = byGuid.ContainsKey(guid) ? null : path;
            }
        }

        return byGuid;
    }

    // Another object that once had a path is no base for the tenant's: only one with the same guid is.
    private static string? GuidOf(PublishSource source, TreeSide side, string path, RawEntry entry) =>
        side.Size(entry.Id) > JsonFileReader.MaxFileSize ? null : source.GuidOf(path, entry.Id, () => side.Read(entry.Id));
}
