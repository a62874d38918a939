using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;

namespace XanoLink.Diff.Formatting;

/// <summary>
/// cli.md's document: <c>{ "items": [ { "key", "status", "oldName"?, "changes": [...], "records"?, "delta"? } ] }</c>,
/// then <c>summary</c>, <c>collisions</c>, <c>problems</c> and the two sides. Optional fields are left out, not null.
/// </summary>
public static class JsonDiffFormatter
{
    public static JObject ToJson(DiffReport report)
    {
        var s = report.Summary;
        return new JObject
        {
            ["items"] = new JArray(report.Items.Select(Item)),
            ["summary"] = new JObject
            {
                ["items"] = s.Items,
                ["added"] = s.Added,
                ["deleted"] = s.Deleted,
                ["modified"] = s.Modified,
                ["renamed"] = s.Renamed,
                ["changes"] = s.Changes,
            },
            ["collisions"] = new JArray(report.Collisions.Select(c => new JObject
            {
                ["key"] = c.Key,
                ["leftGuid"] = c.LeftGuid,
                ["rightGuid"] = c.RightGuid,
            })),
            ["problems"] = new JArray(report.Problems.Select(d => new JObject
            {
                ["severity"] = d.Severity == Severity.Error ? "error" : "warning",
                ["code"] = d.Code,
                ["file"] = d.File,
                ["line"] = d.Line,
                ["column"] = d.Column,
                ["message"] = d.Message,
            })),
            ["left"] = report.Left,
            ["right"] = report.Right,
        };
    }

    public static string Format(DiffReport report) =>
        ToJson(report).ToString(Newtonsoft.Json.Formatting.Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    private static JObject Item(ItemDiff item)
    {
        var json = new JObject { ["key"] = item.Key, ["status"] = item.Status.Word() };
        if (item.OldName is not null)
        {
            json["oldName"] = item.OldName;
        }

        json["changes"] = new JArray(item.Changes.Select(Change));
        if (item.Records is { } r)
        {
            json["records"] = new JObject { ["added"] = r.Added, ["deleted"] = r.Deleted, ["edited"] = r.Edited };
        }

        if (item.Delta is not null)
        {
            json["delta"] = item.Delta.DeepClone();
        }

        return json;
    }

    private static JObject Change(ItemChange change)
    {
        var json = new JObject
        {
            ["kind"] = change.Kind.Word(),
            ["name"] = change.Name,
            ["change"] = change.Change.Word(),
            ["path"] = change.Path,
        };
        if (change.Before is not null)
        {
            json["before"] = change.Before.DeepClone();
        }

        if (change.After is not null)
        {
            json["after"] = change.After.DeepClone();
        }

        return json;
    }
}
