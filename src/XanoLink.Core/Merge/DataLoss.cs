using Newtonsoft.Json.Linq;
using XanoLink.Formats;
using XanoLink.Json;
using XanoLink.Loading;
using XanoLink.Model;

namespace XanoLink.Merge;

/// <summary>One way a change would lose tenant records: which table, and what would go.</summary>
public sealed record DataLossLine(ItemKey? Item, string Message)
{
    public override string ToString() => Item is null ? Message : $"{Item}: {Message}";
}

/// <summary>
/// Finds where replacing a tenant's files (<c>before</c>) by new ones (<c>after</c>) would lose records the tenant holds
/// (like SqlPackage's BlockOnPossibleDataLoss): records deleted, a table holding records deleted, a field that records hold
/// a value for deleted, records left without their table. Tables are matched by guid, so a renamed table that takes its
/// records along loses nothing. <see cref="Accept"/> then makes the accepted loss consistent (values of deleted fields and
/// records of deleted tables removed), so the result still validates.
/// </summary>
public static class DataLoss
{
    /// <param name="before">The tenant's files now (path to bytes), as read lazily.</param>
    /// <param name="after">The files after the change; a path missing from it is deleted.</param>
    /// <param name="changed">The paths whose content differs between the two (deletions included).</param>
    public static IReadOnlyList<DataLossLine> Find(Func<string, byte[]?> before, Func<string, byte[]?> after, IEnumerable<string> changed, IEnumerable<string> afterPaths)
    {
        var lines = new List<DataLossLine>();
        foreach (var (table, _) in Check(before, after, changed, afterPaths))
        {
            lines.AddRange(table);
        }

        return lines;
    }

    /// <summary>The files to write so that an accepted loss leaves consistent files: path to new bytes, or null to delete.</summary>
    public static IReadOnlyDictionary<string, byte[]?> Accept(Func<string, byte[]?> before, Func<string, byte[]?> after, IEnumerable<string> changed, IEnumerable<string> afterPaths)
    {
        var fixes = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        foreach (var (_, fix) in Check(before, after, changed, afterPaths))
        {
            foreach (var (path, bytes) in fix)
            {
                fixes[path] = bytes;
            }
        }

        return fixes;
    }

    private static IEnumerable<(List<DataLossLine> Lines, Dictionary<string, byte[]?> Fixes)> Check(
        Func<string, byte[]?> before, Func<string, byte[]?> after, IEnumerable<string> changed, IEnumerable<string> afterPaths)
    {
        // Tables touched by the change: a changed table file or records file names them (and says the format: tables/NAME.json or table/NAME.xs).
        var names = new SortedDictionary<string, WorkspaceFormat>(StringComparer.Ordinal);
        foreach (var path in changed)
        {
            var meaning = PathLayout.Classify(path);
            if (meaning.Kind == ItemKind.Table && meaning.Role is FileRole.Object or FileRole.Records)
            {
                names.TryAdd(meaning.Name, meaning.Role == FileRole.Records ? ObjectFiles.FormatOf(ObjectFiles.TablePathOfRecords(path, meaning.Name)) : ObjectFiles.FormatOf(path));
            }
        }

        if (names.Count == 0)
        {
            yield break;
        }

        // Where each table guid lives after the change (renames): read only when a table holding records left its path.
        var afterTables = new Lazy<Dictionary<string, string>>(() =>
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var path in afterPaths)
            {
                var meaning = PathLayout.Classify(path);
                if (meaning is { Role: FileRole.Object, Kind: ItemKind.Table } && Guid(path, after(path)) is { } g)
                {
                    map.TryAdd(g, meaning.Name);
                }
            }

            return map;
        });

        foreach (var (name, format) in names)
        {
            string RecordsPath(string table) => ObjectFiles.RecordsPathOf(format, table);
            string TablePath(string table) => ObjectFiles.PathOf(format, ItemKind.Table, table);
            var beforeBytes = before(RecordsPath(name));
            if (beforeBytes is null)
            {
                // The tenant holds no records of this table: nothing of its can be lost.
                continue;
            }

            var records = Records(beforeBytes);
            var lines = new List<DataLossLine>();
            var fixes = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
            var key = new ItemKey(ItemKind.Table, name);
            var table = Object(TablePath(name), before(TablePath(name)));
            var guid = table?["guid"] is JValue { Type: JTokenType.String } gv ? (string)gv! : null;
            var newName = NewName(name, guid, after, afterTables, TablePath(name));
            if (records is null)
            {
                // Records that cannot be read cannot be merged one by one: replacing or deleting the file loses them all.
                var afterBytes = after(RecordsPath(newName ?? name));
                if (afterBytes is null || !afterBytes.AsSpan().SequenceEqual(beforeBytes))
                {
                    lines.Add(new DataLossLine(key, $"{RecordsPath(name)} cannot be read as records (fix it in the tenant first: 'xanolink validate' shows where), and the publish would {(afterBytes is null ? "delete" : "replace")} it with everything in it"));
                    yield return (lines, fixes);
                }

                continue;
            }

            if (records is not { Count: > 0 })
            {
                continue;
            }
            if (newName is null)
            {
                var orphaned = after(RecordsPath(name)) is not null;
                lines.Add(new DataLossLine(key, orphaned
                    ? $"the table is deleted; its {Count(records.Count)} in {RecordsPath(name)} would be left without a table"
                    : $"the table is deleted with its {Count(records.Count)} ({RecordsPath(name)})"));
                fixes[RecordsPath(name)] = null;
                yield return (lines, fixes);
                continue;
            }

            var afterRecords = Records(after(RecordsPath(newName))) ?? [];
            var kept = afterRecords.Select(r => RecordIdComparer.KeyOf(r["id"])).ToHashSet(StringComparer.Ordinal);
            var lost = records.Where(r => !kept.Contains(RecordIdComparer.KeyOf(r["id"]))).Select(r => RecordIdComparer.KeyOf(r["id"])).ToArray();
            if (lost.Length > 0)
            {
                lines.Add(new DataLossLine(key, $"{Count(lost.Length)} would be deleted (id {string.Join(", ", lost.Take(10))}{(lost.Length > 10 ? ", ..." : "")})"));
            }

            var afterTable = Object(TablePath(newName), after(TablePath(newName)));
            var afterFields = FieldNames(afterTable);
            var dropped = FieldNames(table).Where(f => !afterFields.Contains(f) && f != "id").ToArray();
            var stripped = false;
            foreach (var field in dropped)
            {
                var holding = afterRecords.Count(r => r[field] is { Type: not JTokenType.Null });
                if (holding > 0)
                {
                    lines.Add(new DataLossLine(key, $"field '{field}' is deleted; {Count(holding)} {(holding == 1 ? "holds" : "hold")} a value for it"));
                    foreach (var record in afterRecords)
                    {
                        stripped |= record.Remove(field);
                    }
                }
            }

            if (stripped)
            {
                fixes[RecordsPath(newName)] = CanonicalJson.RecordsToBytes(afterRecords);
            }

            if (lines.Count > 0)
            {
                yield return (lines, fixes);
            }
        }
    }

    /// <summary>The table's name after the change: its own when it is still there with its guid, else where its guid went, else null (deleted).</summary>
    private static string? NewName(string name, string? guid, Func<string, byte[]?> after, Lazy<Dictionary<string, string>> afterTables, string tablePath)
    {
        var same = Object(tablePath, after(tablePath));
        if (guid is not null && same?["guid"] is JValue { Type: JTokenType.String } g && (string)g! == guid)
        {
            return name;
        }

        return guid is not null && afterTables.Value.TryGetValue(guid, out var moved) ? moved : same is not null ? name : null;
    }

    private static string Count(int n) => n == 1 ? "1 tenant record" : $"{n} tenant records";

    private static HashSet<string> FieldNames(JObject? table) => table?["fields"] is JArray fields
        ? fields.OfType<JObject>().Select(f => f["name"] is JValue { Type: JTokenType.String } n ? (string)n! : null).OfType<string>().ToHashSet(StringComparer.Ordinal)
        : [];

    private static string? Guid(string path, byte[]? bytes) => Object(path, bytes)?["guid"] is JValue { Type: JTokenType.String } g ? (string)g! : null;

    private static JObject? Object(string path, byte[]? bytes) => bytes is null ? null : ObjectFiles.Read(path, bytes)?.Model;

    private static List<JObject>? Records(byte[]? bytes)
    {
        if (bytes is null)
        {
            return null;
        }

        try
        {
            return FileMerge.ParseRecords(System.Text.Encoding.UTF8.GetString(bytes));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
