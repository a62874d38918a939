using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.Model;

namespace XanoLink.Validation;

/// <summary>A table's fields, indexes and id field.</summary>
internal static class TableRules
{
    public static void Check(WorkspaceObject table, SpecChecker checker, List<Diagnostic> diagnostics)
    {
        var names = FieldRules.Check(table, table.Json, "fields", $"table '{table.Name}'", checker, diagnostics);

        var id = table.Json["fields"] is JArray fields
            ? fields.OfType<JObject>().FirstOrDefault(f => f.Value<string>("name") == "id")
            : null;
        if (table.Json["fields"] is JArray && (id is null || id["type"]?.Type != JTokenType.String || (string)id["type"]! is not ("int" or "uuid")))
        {
            var at = id is null ? table.PositionOfProperty(table.Json, "fields") : table.PositionOf(id);
            diagnostics.Add(DiagnosticCatalog.MissingIdField.At(at, $"table '{table.Name}' needs an \"id\" field of type int or uuid; add {{ \"name\": \"id\", \"type\": \"int\" }}"));
        }

        foreach (var (index, i) in checker.Objects(table.Json, "indexes", "index"))
        {
            if (!checker.Check(index, FormatSpecs.Index, $"index {i + 1} of table '{table.Name}'"))
            {
                continue;
            }

            foreach (var (field, token) in checker.Strings(index, "fields", $"index {i + 1} of table '{table.Name}'"))
            {
                if (!names.Contains(field))
                {
                    diagnostics.Add(DiagnosticCatalog.IndexOnMissingField.At(table.PositionOf(token), $"index {i + 1} of table '{table.Name}' names field '{field}', which the table does not have{Suggestions.DidYouMean(field, names)}"));
                }
            }
        }
    }
}
