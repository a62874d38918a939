using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Commands;

/// <summary>A small shop workspace on disk for deps: nested steps, a cycle, addons, a tableref inside an object field.</summary>
internal static class DepsFixture
{
    public const string Manifest = """
        {
          "include": {
            "apis": ["orders/*"],
            "tables": ["category"]
          },
          "records": { "product": "all", "category": [1, 2] }
        }
        """;

    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["workspace.json"] = """{ "guid": "ws-shop", "name": "shop:source" }""",
        ["tables/customer.json"] = """{ "guid": "t-customer", "name": "customer", "fields": [ { "name": "id", "type": "int" } ] }""",
        ["tables/address.json"] = """{ "guid": "t-address", "name": "address", "fields": [ { "name": "id", "type": "int" } ] }""",
        ["tables/category.json"] = """{ "guid": "t-category", "name": "category", "fields": [ { "name": "id", "type": "int" } ] }""",
        ["tables/category.records.jsonl"] = "{\"id\":1}\n{\"id\":2}\n{\"id\":3}\n",
        ["tables/product.json"] = """
            {
              "guid": "t-product",
              "name": "product",
              "fields": [
                { "name": "id", "type": "int" },
                { "name": "category_id", "type": "int", "table": "category" }
              ]
            }
            """,
        ["tables/product.records.jsonl"] = "{\"id\":1,\"category_id\":1}\n",
        ["tables/order.json"] = """
            {
              "guid": "t-order",
              "name": "order",
              "fields": [
                { "name": "id", "type": "int" },
                { "name": "customer_id", "type": "int", "table": "customer" },
                { "name": "delivery", "type": "object", "fields": [
                  { "name": "address_id", "type": "int", "table": "address" }
                ] }
              ]
            }
            """,
        ["functions/billing/calc_total.json"] = """
            {
              "guid": "f-calc-total",
              "name": "billing/calc_total",
              "steps": [
                { "op": "db.get", "table": "order", "as": "order" },
                { "op": "function.run", "function": "billing/apply_discount", "as": "discounted" }
              ]
            }
            """,
        ["functions/billing/apply_discount.json"] = """
            {
              "guid": "f-apply-discount",
              "name": "billing/apply_discount",
              "steps": [
                { "op": "db.query", "table": "product", "addons": ["product_reviews"], "as": "products" },
                { "op": "conditional", "if": "$x", "then": [], "else": [
                  { "op": "function.run", "function": "billing/calc_total", "as": "again" }
                ] }
              ]
            }
            """,
        ["addons/product_reviews.json"] = """
            {
              "guid": "ad-reviews",
              "name": "product_reviews",
              "table": "product",
              "steps": [ { "op": "db.query", "table": "product", "as": "reviews" } ]
            }
            """,
        ["apis/orders/api-group.json"] = """{ "guid": "g-orders", "name": "orders" }""",
        ["apis/orders/create_order.json"] = """
            {
              "guid": "a-create-order",
              "name": "orders/create_order",
              "verb": "POST",
              "path": "/orders",
              "auth": "customer",
              "steps": [
                { "op": "function.run", "function": "billing/calc_total", "as": "total" },
                { "op": "foreach", "each": "$input.lines", "as": "line", "steps": [
                  { "op": "db.add", "table": "order", "as": "added" }
                ] }
              ]
            }
            """,
        ["tasks/nightly_cleanup.json"] = """
            {
              "guid": "k-cleanup",
              "name": "nightly_cleanup",
              "active": true,
              "schedule": { "start": "2025-01-01T00:00:00Z", "every": "1d" },
              "steps": [ { "op": "db.delete", "table": "order", "as": "gone" } ]
            }
            """,
    };

    public static TempDirectory Create(string? manifest = Manifest)
    {
        var temp = new TempDirectory();
        foreach (var (path, content) in Files)
        {
            temp.Write(path, content + "\n");
        }

        if (manifest is not null)
        {
            temp.Write("xanolink.json", manifest + "\n");
        }

        return temp;
    }
}
