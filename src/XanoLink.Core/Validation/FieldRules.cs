using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.Json;
using XanoLink.Model;

namespace XanoLink.Validation;

/// <summary>Fields of a table and inputs of a stack share one shape (format.md).</summary>
internal static class FieldRules
{
    /// <returns>The names of the fields found, for index and record checks.</returns>
    public static HashSet<string> Check(WorkspaceObject obj, JObject owner, string property, string where, SpecChecker checker, List<Diagnostic> diagnostics)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var noun = property == "inputs" ? "input" : "field";
        foreach (var (field, i) in checker.Objects(owner, property, noun))
        {
            var name = field["name"]?.Type == JTokenType.String ? (string)field["name"]! : null;
            var label = name is null ? $"{noun} {i + 1} of {where}" : $"{noun} '{name}' of {where}";
            checker.Check(field, FormatSpecs.Field, label);
            if (name is not null && !names.Add(name))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateName.At(obj.PositionOf(field["name"]), $"{where} has two {noun}s named '{name}'; {noun} names must be unique"));
            }

            var type = field["type"]?.Type == JTokenType.String ? (string)field["type"]! : null;
            switch (type)
            {
                case "enum" when field["values"] is not JArray { Count: > 0 }:
                    diagnostics.Add(DiagnosticCatalog.EnumWithoutValues.At(obj.PositionOf(field), $"{label} is an enum without values; add \"values\": [\"...\"]"));
                    break;
                case "vector" when !JsonNumber.IsInteger(field["size"]):
                    diagnostics.Add(DiagnosticCatalog.VectorWithoutSize.At(obj.PositionOf(field), $"{label} is a vector without a size; add \"size\": 768 (the embedding's length)"));
                    break;
                case "object":
                    Check(obj, field, "fields", label, checker, diagnostics);
                    break;
            }

            if (field.Property("table", StringComparison.Ordinal) is { } tableProperty && type is not (null or "int" or "uuid"))
            {
                diagnostics.Add(DiagnosticCatalog.InvalidValue.At(obj.PositionOf(tableProperty), $"{label} has \"table\" but is of type {type}; only an int or uuid field can reference a table"));
            }

            if (type == "enum" && field["values"] is JArray)
            {
                checker.RequireStrings(field, "values", label);
            }
        }

        return names;
    }
}
