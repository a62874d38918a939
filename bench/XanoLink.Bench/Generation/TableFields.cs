using Newtonsoft.Json.Linq;

namespace XanoLink.Bench.Generation;

/// <summary>The optional fields a synthetic table draws from: one of most field types format.md lists.</summary>
internal static class TableFields
{
    public static readonly JObject[] Extras =
    [
        new() { ["name"] = "price", ["type"] = "decimal" },
        new() { ["name"] = "active", ["type"] = "bool", ["default"] = true },
        new() { ["name"] = "status", ["type"] = "enum", ["values"] = new JArray("draft", "live", "archived") },
        new() { ["name"] = "tags", ["type"] = "text", ["style"] = "list", ["nullable"] = true },
        new() { ["name"] = "due", ["type"] = "date" },
        new() { ["name"] = "data", ["type"] = "json" },
        new() { ["name"] = "photo", ["type"] = "image" },
        new() { ["name"] = "embedding", ["type"] = "vector", ["size"] = 768 },
        new() { ["name"] = "location", ["type"] = "geo_point" },
        new()
        {
            ["name"] = "meta",
            ["type"] = "object",
            ["fields"] = new JArray(
                new JObject { ["name"] = "source", ["type"] = "text" },
                new JObject { ["name"] = "score", ["type"] = "int", ["description"] = "0 to 100" }),
        },
    ];
}
