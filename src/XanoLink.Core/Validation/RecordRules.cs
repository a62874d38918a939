using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.Json;
using XanoLink.Model;

namespace XanoLink.Validation;

/// <summary>Records: their table exists, each has a unique id and only the fields the table defines.</summary>
internal static class RecordRules
{
    public static void Check(Workspace workspace, List<Diagnostic> diagnostics)
    {
        foreach (var (tableName, records) in workspace.Records)
        {
            var table = workspace.Find(new ItemKey(ItemKind.Table, tableName));
            if (table is null)
            {
                var names = workspace.OfKind(ItemKind.Table).Select(t => t.Name);
                diagnostics.Add(DiagnosticCatalog.RecordsWithoutTable.At(records.Path, 0, 0, $"records for table '{tableName}', which does not exist{Suggestions.DidYouMean(tableName, names)}; add tables/{tableName}.json or remove this file"));
                continue;
            }

            var fields = table.Json["fields"] is JArray array
                ? array.OfType<JObject>().Select(f => f["name"]).Where(n => n?.Type == JTokenType.String).Select(n => (string)n!).ToHashSet(StringComparer.Ordinal)
                : [];
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);

            // One hint per unknown field name, however many records hold it.
            var hints = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var record in records.Records)
            {
                if (record.Id is not { } id || !(JsonNumber.IsInteger(id) || id.Type == JTokenType.String))
                {
                    var problem = record.Id is null
                        ? "has no \"id\" (an integer or a string); every record needs a unique id"
                        : $"has id {CanonicalJson.Compact(record.Id)}, which is {JsonKinds.Describe(record.Id)}; a record id is an integer (digits, no fraction or exponent) or a string";
                    diagnostics.Add(DiagnosticCatalog.RecordWithoutId.At(records.Path, record.Line, 1, $"a record of table '{tableName}' {problem}"));
                    continue;
                }

                var key = RecordIdComparer.KeyOf(id);
                if (ids.TryGetValue(key, out var firstLine))
                {
                    diagnostics.Add(DiagnosticCatalog.DuplicateRecordId.At(records.Path, record.Line, 1, $"record id {key} of table '{tableName}' is already used on line {firstLine}; ids must be unique"));
                }
                else
                {
                    ids[key] = record.Line;
                }

                foreach (var property in record.Json.Properties())
                {
                    if (!fields.Contains(property.Name))
                    {
                        var column = ColumnOf(property);
                        diagnostics.Add(DiagnosticCatalog.RecordUnknownField.At(records.Path, record.Line, column, $"record {key} of table '{tableName}' has field '{property.Name}', which the table does not define{Hint(hints, property.Name, fields)}"));
                    }
                }
            }
        }
    }

    private static string Hint(Dictionary<string, string> hints, string name, IReadOnlySet<string> fields) =>
        hints.TryGetValue(name, out var hint) ? hint : hints[name] = Suggestions.DidYouMean(name, fields);

    // A records line is parsed alone, so the reader's position is within that line, just past the property's ':'.
    private static int ColumnOf(JProperty property) =>
        property is Newtonsoft.Json.IJsonLineInfo info && info.HasLineInfo() ? Math.Max(1, info.LinePosition - property.Name.Length - 2) : 1;
}
