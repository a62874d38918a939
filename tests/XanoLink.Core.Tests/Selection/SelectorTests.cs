using XanoLink.Diagnostics;
using XanoLink.Validation;

namespace XanoLink.Core.Tests.Selection;

public sealed class SelectorTests
{
    private static WorkspaceFiles Shop() => new WorkspaceFiles()
        .Table("category")
        .Table("product", """{ "name": "id", "type": "int" }, { "name": "category_id", "type": "int", "table": "category" }""")
        .Table("order")
        .With("tables/category.records.jsonl", "{\"id\":1}\n{\"id\":\"x\"}\n")
        .Group("orders")
        .Api("orders/create", steps: """{ "op": "function.run", "function": "billing/calc_total" }""")
        .Api("orders/admin/purge", path: "/purge", steps: """{ "op": "db.delete", "table": "order" }""")
        .Function("billing/calc_total", """{ "op": "db.get", "table": "order" }, { "op": "function.run", "function": "billing/tax/vat" }""")
        .Function("billing/tax/vat", """{ "op": "db.query", "table": "product" }""")
        .Function("billing/unused");

    private static ValidationReport Run(WorkspaceFiles files) => files.Validate();

    private static string[] Keys(IEnumerable<XanoLink.Model.ItemKey> keys) => keys.Select(k => k.ToString()).ToArray();

    [Fact]
    public void Globs_select_by_segment_and_double_star_crosses_folders()
    {
        var report = Run(Shop().Manifest("""{ "include": { "apis": ["orders/*"], "functions": ["billing/**"] } }"""));
        Assert.Empty(report.Diagnostics);
        Assert.Equal(["api:orders/create", "function:billing/calc_total", "function:billing/tax/vat", "function:billing/unused"], Keys(report.Selection!.Explicit));
    }

    [Fact]
    public void Star_selects_every_item_of_a_kind_and_an_empty_list_none()
    {
        var report = Run(Shop().Manifest("""{ "include": { "apis": "*", "functions": [], "tables": [] } }"""));
        Assert.Equal(["api:orders/admin/purge", "api:orders/create"], Keys(report.Selection!.Explicit));
    }

    [Fact]
    public void The_closure_records_why_each_item_was_added()
    {
        var selection = Run(Shop().Manifest("""{ "include": { "apis": ["orders/create"] } }""")).Selection!;
        Assert.Equal(
            ["table:category", "table:order", "table:product", "apigroup:orders", "api:orders/create", "function:billing/calc_total", "function:billing/tax/vat"],
            Keys(selection.Selected));
        Assert.Equal(
            [
                "table:category <- table:product (field category_id)",
                "table:order <- function:billing/calc_total (step 1 Get Record table)",
                "table:product <- function:billing/tax/vat (step 1 Query All Records table)",
                "apigroup:orders <- api:orders/create (its API group)",
                "function:billing/calc_total <- api:orders/create (step 1 Custom Function)",
                "function:billing/tax/vat <- function:billing/calc_total (step 2 Custom Function)",
            ],
            selection.AutoIncluded.Select(a => $"{a.Item} <- {string.Join(", ", a.RequiredBy)} ({string.Join("; ", a.Reasons.Select(r => r.Via))})"));
    }

    [Fact]
    public void A_table_reached_only_through_a_tableref_is_included_with_its_records()
    {
        var report = Run(Shop().Manifest("""{ "include": { "tables": ["product"] }, "records": { "category": [1, "x"] } }"""));
        Assert.Empty(report.Diagnostics);
        Assert.Equal(["table:category", "table:product"], Keys(report.Selection!.Selected));
        Assert.Equal(["1", "\"x\""], report.Selection.Records["category"].Ids);
    }

    [Fact]
    public void An_addon_used_in_a_query_addons_list_is_included()
    {
        var files = new WorkspaceFiles().Table("product").Table("review")
            .Addon("reviews", "review")
            .Function("list", """{ "op": "db.query", "table": "product", "addons": ["reviews"] }""")
            .Manifest("""{ "include": { "functions": ["list"] } }""");
        Assert.Equal(["table:product", "table:review", "function:list", "addon:reviews"], Keys(Run(files).Selection!.Selected));
    }

    [Fact]
    public void Without_auto_include_a_direct_dependency_is_reported_at_the_entry_that_chose_the_item()
    {
        var files = Shop().Manifest("""
            {
              "include": {
                "functions": ["billing/tax/vat"],
                "tables": ["category"]
              },
              "autoIncludeDependencies": false
            }
            """);
        var d = Assert.Single(Run(files).Diagnostics);
        Assert.Equal(("XL2007", "xanolink.json", 3, 19), (d.Code, d.File, d.Line, d.Column));
        Assert.Equal(
            "function:billing/tax/vat needs table:product (step 1 Query All Records table, functions/billing/tax/vat.json:1), which is not selected; add 'product' to include.tables or set \"autoIncludeDependencies\": true",
            d.Message);
    }

    [Fact]
    public void Without_auto_include_each_missing_item_is_reported_once_with_the_shortest_chain()
    {
        var files = Shop().Manifest("""
            {
              "include": { "apis": ["orders/create"], "tables": "*" },
              "autoIncludeDependencies": false
            }
            """);
        var messages = Run(files).Diagnostics.Select(d => $"{d.Code} {d.Line}:{d.Column} {d.Message}").ToArray();
        Assert.Equal(
            [
                "XL2007 2:25 api:orders/create needs function:billing/calc_total (step 1 Custom Function, apis/orders/create.json:1), which is not selected; add 'billing/calc_total' to include.functions or set \"autoIncludeDependencies\": true",
                "XL2007 2:25 api:orders/create needs function:billing/tax/vat through function:billing/calc_total, none of them selected: api:orders/create -> function:billing/calc_total (step 1 Custom Function, apis/orders/create.json:1) -> function:billing/tax/vat (step 2 Custom Function, functions/billing/calc_total.json:1); add 'billing/tax/vat' to include.functions or set \"autoIncludeDependencies\": true",
            ],
            messages);
    }

    [Fact]
    public void Without_auto_include_the_api_group_still_travels_with_its_endpoints()
    {
        var report = Run(Shop().Manifest("""{ "include": { "apis": ["orders/admin/purge"], "tables": ["order"] }, "autoIncludeDependencies": false }"""));
        Assert.Empty(report.Diagnostics);
        Assert.Equal(["table:order", "apigroup:orders", "api:orders/admin/purge"], Keys(report.Selection!.Selected));
        Assert.Equal("apigroup:orders", Assert.Single(report.Selection.AutoIncluded).Item.ToString());
    }

    [Fact]
    public void Manifest_problems_point_at_the_exact_token()
    {
        var files = Shop().Manifest("""
            {
              "include": {
                "tables": ["categroy", "order", "category"],
                "functions": ["nothing/**"]
              },
              "records": {
                "product": "all",
                "order": [1],
                "nope": "all",
                "category": [1, 7]
              }
            }
            """);
        var found = Run(files).Diagnostics.Select(d => $"{d.Code} {d.Line}:{d.Column}").ToArray();
        Assert.Equal(["XL2002 3:16", "XL2002 4:19", "XL2003 7:5", "XL2004 8:15", "XL2008 9:5", "XL2004 10:21"], found);
        var hint = Run(files).Diagnostics[0].Message;
        Assert.Contains("did you mean 'category'?", hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_of_an_auto_included_table_are_allowed()
    {
        var report = Run(Shop().Manifest("""{ "include": { "functions": ["billing/tax/vat"] }, "records": { "product": "all" } }"""));
        Assert.Empty(report.Diagnostics);
        Assert.True(report.Selection!.Records["product"].All);
    }

    [Fact]
    public void A_selection_error_has_the_error_severity() =>
        Assert.All(Run(Shop().Manifest("""{ "include": { "tables": ["zzz"] } }""")).Diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
}
