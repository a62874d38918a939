using XanoLink.Diagnostics;
using XanoLink.Json;
using XanoLink.Manifest;
using XanoLink.Model;
using XanoLink.Validation;

namespace XanoLink.Selection;

/// <summary>The manifest's <c>records</c>: which tables publish records (all or some ids); the others publish schema only.</summary>
internal static class SelectionRecords
{
    public static Dictionary<string, RecordChoice> For(Workspace workspace, LinkManifest manifest, IReadOnlySet<ItemKey> closed, List<Diagnostic> diagnostics)
    {
        var result = new Dictionary<string, RecordChoice>(StringComparer.Ordinal);
        foreach (var rule in manifest.Records)
        {
            var key = new ItemKey(ItemKind.Table, rule.Table);
            if (!workspace.Contains(key))
            {
                var names = workspace.OfKind(ItemKind.Table).Select(o => o.Name);
                diagnostics.Add(DiagnosticCatalog.RecordsTableUnknown.At(rule.Position, $"records names table '{rule.Table}', which does not exist{Suggestions.DidYouMean(rule.Table, names)}"));
                continue;
            }

            if (!closed.Contains(key))
            {
                var fix = manifest.AutoIncludeDependencies
                    ? $"add \"{rule.Table}\" to include.tables (or include an item that uses it)"
                    : $"add \"{rule.Table}\" to include.tables";
                diagnostics.Add(DiagnosticCatalog.RecordsTableNotSelected.At(rule.Position, $"records of table '{rule.Table}' are chosen but the table is not in the selection; {fix}"));
                continue;
            }

            if (!rule.All)
            {
                var existing = workspace.Records.TryGetValue(rule.Table, out var records)
                    ? records.Records.Where(r => r.Id is not null).Select(r => RecordIdComparer.KeyOf(r.Id)).ToHashSet(StringComparer.Ordinal)
                    : [];
                foreach (var id in rule.Ids.Where(id => !existing.Contains(id.Id)))
                {
                    diagnostics.Add(DiagnosticCatalog.RecordIdNotFound.At(id.Position, $"table '{rule.Table}' has no record with id {id.Id} (tables/{rule.Table}.records.jsonl); remove it or add the record"));
                }
            }

            result[rule.Table] = new RecordChoice(rule.Table, rule.All, rule.Ids.Select(i => i.Id).Distinct(StringComparer.Ordinal).ToArray());
        }

        return result;
    }
}
