using Newtonsoft.Json.Linq;
using XanoLink.Files;
using XanoLink.Formats;
using XanoLink.Json;
using XanoLink.Loading;
using XanoLink.Model;

namespace XanoLink.Publish;

/// <summary>
/// What a publish merges into a tenant as the source's side ("theirs"), given the snapshot the tenant's live branch last
/// took (the merge base). The new snapshot says what the source sends now; what it no longer sends is not thereby
/// deleted: an object that left the selection but still exists in the source, and records the source still holds but
/// no longer sends (schema only, a shorter id list), keep their base version, so the merge leaves the tenant's copy as
/// it is. Only what the source itself deleted is deleted.
/// </summary>
public static class SentFiles
{
    /// <param name="base">The merge base snapshot's files (workspace.json aside); empty for a first publish.</param>
    /// <param name="snapshot">What the source sends now.</param>
    /// <param name="source">The whole source workspace the snapshot came from.</param>
    public static SentResult Compute(IFileSource @base, Snapshot snapshot, Workspace source)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, bytes) in snapshot.Files)
        {
            files[path] = bytes;
        }

        var kept = new SortedSet<ItemKey>();
        var baseFiles = @base.Files().ToDictionary(f => f.Path, StringComparer.Ordinal);
        if (baseFiles.Count == 0)
        {
            return new SentResult(files, []);
        }

        // Built only when the base holds something the snapshot does not send as it is: a publish that changes a few objects never needs them.
        var sentGuids = snapshot.Items
            .Select(k => source.Find(k)?.Guid)
            .OfType<string>()
            .Where(g => g.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        var sentKeys = snapshot.Items.ToHashSet();
        var sourceByGuid = source.Objects
            .Where(o => o.Guid.Length > 0)
            .GroupBy(o => o.Guid, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        foreach (var file in baseFiles.Values)
        {
            var meaning = PathLayout.Classify(file.Path);
            switch (meaning.Role)
            {
                case FileRole.Object when !files.ContainsKey(file.Path):
                    // The key the file's content gives (a XanoScript object's name is not its path's), the path's when it cannot be read.
                    var bytes = file.ReadAllBytes();
                    var read = ObjectFiles.Read(file.Path, bytes);
                    var key = read is null ? new ItemKey(meaning.Kind, meaning.Name) : new ItemKey(read.Kind, read.Name);
                    var guid = read?.Guid is { Length: > 0 } g ? g : null;
                    // Still in the source but not sent (by guid, or without one by key: a file renamed with its item is sent, not kept twice).
                    var stillThere = guid is null
                        ? source.Find(key) is not null && !sentKeys.Contains(key)
                        : !sentGuids.Contains(guid) && sourceByGuid.ContainsKey(guid);
                    if (stillThere)
                    {
                        files[file.Path] = bytes;
                        kept.Add(key);
                    }

                    break;
                case FileRole.Records:
                    KeepRecords(file, meaning.Name, files, baseFiles, sourceByGuid, sentGuids, source);
                    break;
            }
        }

        return new SentResult(files, kept.ToArray());
    }

    /// <summary>
    /// Records the base holds for <paramref name="table"/> that the source no longer sends: each one the source still has
    /// keeps its base version; one the source deleted stays deleted.
    /// </summary>
    private static void KeepRecords(SourceFile baseRecords, string table, SortedDictionary<string, byte[]> files, Dictionary<string, SourceFile> baseFiles,
        Dictionary<string, WorkspaceObject> sourceByGuid, HashSet<string> sentGuids, Workspace source)
    {
        // The table as the source has it now (renamed, perhaps): found by the base table's guid.
        var baseTable = baseFiles.GetValueOrDefault(ObjectFiles.TablePathOfRecords(baseRecords.Path, table));
        var guid = baseTable is null ? null : GuidOf(baseTable);
        var sourceTable = guid is not null && sourceByGuid.TryGetValue(guid, out var byGuid) && byGuid.Kind == ItemKind.Table
            ? byGuid
            : source.Find(new ItemKey(ItemKind.Table, table));
        if (sourceTable is null)
        {
            return;
        }

        var sourceIds = source.Records.TryGetValue(sourceTable.Name, out var sourceRecords)
            ? sourceRecords.Records.Select(r => RecordIdComparer.KeyOf(r.Id)).ToHashSet(StringComparer.Ordinal)
            : [];
        if (ReadRecords(baseRecords) is not { } before)
        {
            // An unreadable base records file cannot be split record by record: keep it whole rather than delete it.
            if (!files.ContainsKey(baseRecords.Path))
            {
                files[baseRecords.Path] = baseRecords.ReadAllBytes();
            }

            return;
        }

        // Beside the table where the tenant gets it: as the source has it now when sent, else kept at its base path.
        var sentPath = guid is not null && !sentGuids.Contains(guid) ? baseRecords.Path : ObjectFiles.RecordsPathOf(source.Format, sourceTable.Name);
        var sent = files.TryGetValue(sentPath, out var sentBytes) ? ParseRecords(sentBytes) : [];
        var sentIds = sent.Select(r => RecordIdComparer.KeyOf(r["id"])).ToHashSet(StringComparer.Ordinal);
        var keep = before.Where(r => !sentIds.Contains(RecordIdComparer.KeyOf(r["id"])) && sourceIds.Contains(RecordIdComparer.KeyOf(r["id"]))).ToArray();
        if (keep.Length == 0)
        {
            return;
        }

        // Kept beside the table as the source has it now: the merge matches records files by their table's guid, so the
        // tenant's file follows a table the source renamed instead of staying behind without its table.
        var existing = files.TryGetValue(sentPath, out var bytes) ? ParseRecords(bytes) : [];
        files[sentPath] = CanonicalJson.RecordsToBytes(existing.Concat(keep));
    }

    private static string? GuidOf(SourceFile file) => ObjectFiles.GuidOf(file.Path, file.ReadAllBytes());

    private static List<JObject>? ReadRecords(SourceFile file)
    {
        try
        {
            return ParseRecords(file.ReadAllBytes());
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static List<JObject> ParseRecords(byte[] bytes) => Merge.FileMerge.ParseRecords(System.Text.Encoding.UTF8.GetString(bytes));
}

/// <summary>The source's side of a tenant merge, and the items it keeps at their base version because they left the selection.</summary>
public sealed record SentResult(IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<ItemKey> NoLongerManaged);
