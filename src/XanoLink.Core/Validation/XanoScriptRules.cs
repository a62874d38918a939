using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.Model;

namespace XanoLink.Validation;

/// <summary>
/// The one-object checks of a XanoScript object. Xano itself checks the language when a workspace is pushed, so only
/// what XanoLink relies on is checked here: a valid guid, unique field and input names, and indexes naming fields the
/// table has. The JSON format's shape rules (format.md) are not applied: XanoScript objects carry Xano's attributes.
/// </summary>
internal static class XanoScriptRules
{
    // Columns Xano keeps in every table without listing them in its schema: xdo holds the row as JSON (its gin index).
    private static readonly HashSet<string> SystemFields = new(StringComparer.Ordinal) { "xdo" };

    public static IReadOnlyList<Diagnostic> Validate(WorkspaceObject obj)
    {
        var diagnostics = new List<Diagnostic>();
        if (obj.Json.Property("guid", StringComparison.Ordinal) is { Value.Type: JTokenType.String } guid && !NameRules.IsValidGuid((string)guid.Value!))
        {
            diagnostics.Add(DiagnosticCatalog.InvalidGuid.At(obj.PositionOf(guid.Value), $"the guid '{PrintableText.Of((string)guid.Value!)}' is not valid; a guid is 1 to 64 of A-Z a-z 0-9 _ -"));
        }

        var where = $"{obj.Kind.DisplayName()} {obj.Key}";
        var fields = UniqueNames(obj, obj.Json, "fields", "field", where, diagnostics);
        UniqueNames(obj, obj.Json, "inputs", "input", where, diagnostics);
        if (obj.Kind == ItemKind.Table && obj.Json["indexes"] is JArray indexes && fields.Count > 0)
        {
            for (var i = 0; i < indexes.Count; i++)
            {
                if (indexes[i] is not JObject index || index["fields"] is not JArray names)
                {
                    continue;
                }

                foreach (var name in names.Where(n => n.Type == JTokenType.String && !fields.Contains((string)n!) && !SystemFields.Contains((string)n!)))
                {
                    diagnostics.Add(DiagnosticCatalog.IndexOnMissingField.At(obj.PositionOf(name), $"index {i + 1} of {where} names field '{(string)name!}', which the table does not have{Suggestions.DidYouMean((string)name!, fields)}"));
                }
            }
        }

        return diagnostics;
    }

    private static HashSet<string> UniqueNames(WorkspaceObject obj, JObject owner, string property, string noun, string where, List<Diagnostic> diagnostics)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (owner[property] is not JArray list)
        {
            return names;
        }

        foreach (var field in list.OfType<JObject>())
        {
            if (field["name"] is JValue { Type: JTokenType.String } name && !names.Add((string)name!))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateName.At(obj.PositionOf(name), $"{where} has two {noun}s named '{(string)name!}'; {noun} names must be unique"));
            }

            if (field["fields"] is JArray)
            {
                UniqueNames(obj, field, "fields", noun, where, diagnostics);
            }
        }

        return names;
    }
}
