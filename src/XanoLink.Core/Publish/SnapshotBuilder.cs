using Newtonsoft.Json.Linq;
using XanoLink.Json;
using XanoLink.Model;

namespace XanoLink.Publish;

/// <summary>Turns a selection into the files publish writes: each selected object in canonical form, plus the chosen records.</summary>
public static class SnapshotBuilder
{
    public static Snapshot Build(Workspace workspace, Selection.Selection selection)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var key in selection.Selected)
        {
            var obj = workspace.Find(key) ?? throw new InvalidOperationException($"{key} is selected but not in the workspace");
            files[ItemKinds.PathOf(key.Kind, key.Name)] = CanonicalJson.ToBytes(obj.Json);
        }

        foreach (var (table, choice) in selection.Records)
        {
            if (!workspace.Records.TryGetValue(table, out var records))
            {
                continue;
            }

            var ids = choice.All ? null : choice.Ids.ToHashSet(StringComparer.Ordinal);
            var chosen = records.Records
                .Where(r => ids is null || (r.Id is JToken id && ids.Contains(RecordIdComparer.KeyOf(id))))
                .Select(r => r.Json)
                .ToArray();
            if (chosen.Length > 0)
            {
                files[$"tables/{table}.records.jsonl"] = CanonicalJson.RecordsToBytes(chosen);
            }
        }

        return new Snapshot(files, selection.Selected);
    }
}
