using System.Text;
using Newtonsoft.Json.Linq;
using XanoLink.Json;
using XanoLink.Model;

namespace XanoLink.Cli.GitDrivers;

/// <summary>
/// A workspace file as lines a person reads in <c>git diff</c>: "table product / field price: decimal, required", steps as
/// "1. Get Record order as order". One member per line, so a diff hunk names exactly what changed.
/// </summary>
internal static class ReadableText
{
    private static readonly HashSet<string> FieldShown = new(StringComparer.Ordinal) { "name", "type", "table", "values", "size", "style", "required", "nullable", "default", "sensitive", "description", "fields" };
    private static readonly HashSet<string> StepShown = new(StringComparer.Ordinal) { "op", "as", "table", "function", "addon", "var", "then", "else", "steps" };
    private static readonly string[] Flags = ["required", "nullable", "sensitive"];
    private static readonly HashSet<string> RootShown = new(StringComparer.Ordinal) { "guid", "name", "fields", "indexes", "inputs", "steps" };

    public static string Object(JObject json, ItemKey? key)
    {
        var lines = new List<string>();
        var kind = key?.Kind.DisplayName() ?? Guess(json);
        var head = $"{kind} {json["name"] ?? key?.Name}";
        lines.Add(head);
        lines.Add($"{head} / guid: {json["guid"]}");
        foreach (var prop in json.Properties().Where(p => !RootShown.Contains(p.Name)))
        {
            lines.Add($"{head} / {prop.Name}: {Value(prop.Value)}");
        }

        Fields(lines, head, "field", json["fields"] as JArray);
        foreach (var index in (json["indexes"] as JArray ?? []).OfType<JObject>())
        {
            lines.Add($"{head} / index {index["type"]} ({string.Join(", ", (index["fields"] as JArray ?? []).Select(f => f.ToString()))})");
        }

        Fields(lines, head, "input", json["inputs"] as JArray);
        if (json["steps"] is JArray steps)
        {
            lines.Add($"{head} / steps:");
            Steps(lines, steps, "", "  ");
        }

        return string.Join('\n', lines) + "\n";
    }

    public static string Records(string table, IEnumerable<JObject> records)
    {
        var builder = new StringBuilder();
        foreach (var record in records.OrderBy(r => r["id"], RecordIdComparer.Instance))
        {
            builder.Append($"table {table} / record {CanonicalJson.Compact(record["id"])}: ");
            builder.AppendJoin(", ", record.Properties().Where(p => p.Name != "id").Select(p => $"{p.Name} = {CanonicalJson.Compact(p.Value)}"));
            builder.Append('\n');
        }

        return builder.ToString();
    }

    private static void Fields(List<string> lines, string head, string word, JArray? fields)
    {
        foreach (var field in (fields ?? []).OfType<JObject>())
        {
            var parts = new List<string> { field["type"]?.ToString() ?? "?" };
            if (field["table"] is { } table)
            {
                parts[0] += $" -> {table}";
            }

            if (field["values"] is JArray values)
            {
                parts[0] += $" [{string.Join(", ", values.Select(v => v.ToString()))}]";
            }

            if (field["size"] is { } size)
            {
                parts[0] += $"({size})";
            }

            if (field["style"]?.ToString() == "list")
            {
                parts.Add("list");
            }

            parts.AddRange(Flags.Where(flag => field[flag]?.Type == JTokenType.Boolean && (bool)field[flag]!));
            if (field["default"] is { } def)
            {
                parts.Add($"default {CanonicalJson.Compact(def)}");
            }

            parts.AddRange(field.Properties().Where(p => !FieldShown.Contains(p.Name)).Select(p => $"{p.Name} {CanonicalJson.Compact(p.Value)}"));
            if (field["description"] is { } description)
            {
                parts.Add($"\"{description}\"");
            }

            var name = $"{head} / {word} {field["name"]}";
            lines.Add($"{name}: {string.Join(", ", parts)}");
            if (field["fields"] is JArray nested)
            {
                Fields(lines, name, "field", nested);
            }
        }
    }

    private static void Steps(List<string> lines, JArray steps, string number, string indent)
    {
        var i = 0;
        foreach (var step in steps.OfType<JObject>())
        {
            i++;
            var n = number + i;
            var target = step["table"] ?? step["function"] ?? step["addon"] ?? step["var"];
            var text = $"{indent}{n}. {StepOps.DisplayName(step["op"]?.ToString())}"
                + (target is null ? "" : $" {target}")
                + (step["as"] is { } name ? $" as {name}" : "");
            var extras = step.Properties().Where(p => !StepShown.Contains(p.Name)).Select(p => $"{p.Name} {Value(p.Value)}").ToArray();
            lines.Add(extras.Length == 0 ? text : $"{text}: {string.Join(", ", extras)}");
            foreach (var nested in StepOps.NestedStepProperties)
            {
                if (step[nested] is JArray inner)
                {
                    lines.Add($"{indent}   {nested}:");
                    Steps(lines, inner, n + ".", indent + "    ");
                }
            }
        }
    }

    private static string Value(JToken token) => token.Type == JTokenType.String ? token.ToString() : CanonicalJson.Compact(token);

    private static string Guess(JObject json) => json switch
    {
        _ when json["fields"] is not null => "table",
        _ when json["verb"] is not null => "API endpoint",
        _ when json["actions"] is not null => "trigger",
        _ when json["schedule"] is not null => "task",
        _ when json["steps"] is not null => "function",
        _ => "object",
    };
}
