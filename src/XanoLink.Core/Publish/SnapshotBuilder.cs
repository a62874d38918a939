using Newtonsoft.Json.Linq;
using XanoLink.Formats;
using XanoLink.Json;
using XanoLink.Model;

namespace XanoLink.Publish;

/// <summary>
/// Turns a selection into the files publish writes: each selected object (JSON in canonical form; XanoScript with its exact
/// text, in Xano's layout, a multidoc file's documents each in a file of its own), plus the chosen records beside their tables.
/// </summary>
public static class SnapshotBuilder
{
    public static Snapshot Build(Workspace workspace, Selection.Selection selection)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var key in selection.Selected)
        {
            var obj = workspace.Find(key) ?? throw new InvalidOperationException($"{key} is selected but not in the workspace");
            // Each object with its bytes as read, where its tenants keep it (the source's own place for a XanoScript file).
            files[ObjectFiles.PublishedPath(obj)] = ObjectFiles.Unchanged(obj);
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
                files[ObjectFiles.RecordsPathOf(workspace.Format, table)] = CanonicalJson.RecordsToBytes(chosen);
            }
        }

        return new Snapshot(files, selection.Selected);
    }
}
