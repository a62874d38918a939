using Newtonsoft.Json.Linq;
using XanoLink.Json;
using XanoLink.Model;

namespace XanoLink.Diff;

/// <summary>Records of one table matched by id: added, deleted or edited, in id order.</summary>
internal static class RecordDiffer
{
    public static (IReadOnlyList<ItemChange> Changes, RecordCounts Counts) Compare(TableRecords? left, TableRecords? right)
    {
        var before = ById(left);
        var after = ById(right);
        var ids = before.Keys.Concat(after.Keys)
            .Distinct(StringComparer.Ordinal)
            .Select(k => (before.GetValueOrDefault(k) ?? after[k]).Id)
            .OrderBy(id => id, RecordIdComparer.Instance);

        var changes = new List<ItemChange>();
        int added = 0, deleted = 0, edited = 0;
        foreach (var id in ids)
        {
            var key = RecordIdComparer.KeyOf(id);
            var b = before.GetValueOrDefault(key);
            var a = after.GetValueOrDefault(key);
            var path = $"records[{key}]";
            if (b is null)
            {
                added++;
                changes.Add(new ItemChange(ChangeKind.Record, key, ChangeType.Added, path, After: a!.Json));
            }
            else if (a is null)
            {
                deleted++;
                changes.Add(new ItemChange(ChangeKind.Record, key, ChangeType.Deleted, path, b.Json));
            }
            else if (!JToken.DeepEquals(b.Json, a.Json))
            {
                edited++;
                changes.Add(new ItemChange(ChangeKind.Record, key, ChangeType.Edited, path, b.Json, a.Json));
            }
        }

        return (changes, new RecordCounts(added, deleted, edited));
    }

    private static Dictionary<string, RecordEntry> ById(TableRecords? records)
    {
        var result = new Dictionary<string, RecordEntry>(StringComparer.Ordinal);
        foreach (var entry in records?.Records ?? [])
        {
            // A duplicate id is a validation error reported elsewhere; the first record with it stands.
            result.TryAdd(RecordIdComparer.KeyOf(entry.Id), entry);
        }

        return result;
    }
}
