namespace XanoLink.Core.Tests.Diff;

/// <summary>The reference text's "Compare Differences" example: products/update before and after six changes.</summary>
internal static class DiffFixtures
{
    public const string InputsBefore = """
        { "name": "created_at", "type": "timestamp" },
        { "name": "name", "type": "text" },
        { "name": "category", "type": "text" },
        { "name": "value", "type": "int" }
        """;

    public const string InputsAfter = """
        { "name": "name", "type": "text", "required": true },
        { "name": "category", "type": "text", "table": "category" },
        { "name": "value", "type": "decimal" }
        """;

    public const string StepsBefore = """
        { "op": "db.get", "table": "product", "as": "product" },
        { "op": "db.edit", "table": "product", "as": "updated" }
        """;

    public const string StepsAfter = """
        { "op": "db.get", "table": "product", "as": "product" },
        { "op": "db.edit", "table": "product", "as": "updated" },
        { "op": "api.request", "url": "https://hooks.example.com/products", "method": "POST", "as": "hook" },
        { "op": "var.create", "as": "result", "value": "$updated" }
        """;

    public static WorkspaceFiles Base() => new WorkspaceFiles()
        .Table("product", """{ "name": "id", "type": "int" }, { "name": "name", "type": "text" }""")
        .Table("category")
        .Group("products");

    public static WorkspaceFiles Before() => Base()
        .Api("products/update", "PATCH", "/products/{id}", StepsBefore, $$""", "inputs": [ {{InputsBefore}} ]""");

    public static WorkspaceFiles After() => Base()
        .Api("products/update", "PATCH", "/products/{id}", StepsAfter, $$""", "inputs": [ {{InputsAfter}} ]""");

    /// <summary>A richer pair for the formatter snapshots: every status, records and the manifest.</summary>
    public static (WorkspaceFiles Left, WorkspaceFiles Right) Showcase()
    {
        var left = Before()
            .With("tables/product.records.jsonl", "{\"id\":1,\"name\":\"Desk\"}\n{\"id\":2,\"name\":\"Chair\"}\n{\"id\":3,\"name\":\"Lamp\"}\n")
            .Function("billing/old_total", """{ "op": "return", "value": 1 }""")
            .Function("notify", """{ "op": "var.create", "as": "x", "value": 1 }""", """, "description": "Old | text" """)
            .Manifest("""{ "include": { "apis": ["products/*"] }, "tenants": [] }""");
        var right = After()
            .With("tables/product.records.jsonl", "{\"id\":1,\"name\":\"Desk\"}\n{\"id\":2,\"name\":\"Armchair\"}\n{\"id\":4,\"name\":\"Rug\"}\n")
            .Function("billing/new_total", """{ "op": "return", "value": 1 }""")
            .With("functions/billing/new_total.json", """{ "guid": "f-billing-old_total", "name": "billing/new_total", "steps": [ { "op": "return", "value": 2 } ] }""")
            .Function("send_mail", """{ "op": "return", "value": "<sent>" }""")
            .Manifest("""{ "include": { "apis": ["products/*"], "functions": "*" }, "tenants": [] }""");
        return (left, right);
    }
}
